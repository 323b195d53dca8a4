/**
 * A backup's schema version is the list of migrations applied when it was made. This module says
 * how that list stands to the migrations this Unknot knows: the same, older (its first migrations,
 * and no others), or something restore must refuse (newer, or not Unknot's), in words an operator
 * can act on.
 */
import { AppError } from '../../../core/errors.js';
import { MIGRATIONS } from '../migrations/index.js';

export const KNOWN_MIGRATIONS: readonly string[] = Object.keys(MIGRATIONS).sort();

/** The last migration of a version, which names it in messages. */
export const versionName = (migrations: readonly string[]): string => migrations.at(-1) ?? '(none)';

/**
 * 'current' when `applied` is every known migration, 'older' when it is the first few; otherwise
 * throws a validation_failed AppError saying why `what` cannot be restored.
 */
export function compareVersion(
  applied: readonly string[],
  what: string,
  known: readonly string[] = KNOWN_MIGRATIONS,
): 'current' | 'older' {
  if (applied.length === 0) {
    throw new AppError(
      'validation_failed',
      `${what} has no migrations applied: it is not a database Unknot has used`,
    );
  }
  const unknown = applied.find((name) => !known.includes(name));
  if (unknown !== undefined) {
    throw new AppError(
      'validation_failed',
      `${what} was made by a newer Unknot: its schema has migration ${unknown}, which this version (${versionName(known)}) does not know; restore it with that version or a later one`,
    );
  }
  if (applied.some((name, i) => known[i] !== name)) {
    throw new AppError(
      'validation_failed',
      `${what} has migrations out of Unknot's order: it is not a database this version can restore`,
    );
  }
  return applied.length === known.length ? 'current' : 'older';
}

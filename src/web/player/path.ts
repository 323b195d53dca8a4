/**
 * The player's address: `/session?exercises=a,b[&from=relief]`. Any page may link into a session
 * with `sessionPath`; the player reads it back with `readSessionQuery`.
 */

export const SESSION_PATH = '/session';

/** Where a session was started from, so its end can lead back there. */
export type SessionOrigin = 'relief';

export function sessionPath(exerciseIds: readonly string[], from?: SessionOrigin): string {
  const params = new URLSearchParams({ exercises: exerciseIds.join(',') });
  if (from !== undefined) params.set('from', from);
  // Commas are safe in a query and keep the address readable.
  return `${SESSION_PATH}?${params.toString().replace(/%2C/g, ',')}`;
}

export function readSessionQuery(query: Record<string, string | undefined>): {
  exerciseIds: string[];
  from: SessionOrigin | undefined;
} {
  const ids = (query.exercises ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return {
    exerciseIds: [...new Set(ids)],
    from: query.from === 'relief' ? 'relief' : undefined,
  };
}

/**
 * `unknot clinician add --name "Sam Patel" [--profession physiotherapist] [--url https://…]`,
 * `unknot clinician list`, `unknot clinician disable <id or sign-in name>` and
 * `unknot clinician link <id>`: the server's operator manages clinician accounts. `add` and `link`
 * print a one-time set-up link (the token rides in the address's fragment, which browsers never
 * send to a server or keep in its logs); the clinician opens it and chooses a sign-in name and
 * password. `disable` takes effect on the clinician's next request. The database is brought up to
 * date first, as `serve` does.
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '../../core/errors.js';
import { isProfession, PROFESSIONS } from '../../core/programme/programme.js';
import { clinicianServiceOn } from '../../server/clinician/on-database.js';
import { openStorage } from '../../server/storage/database.js';
import { migrateToLatest } from '../../server/storage/migrate.js';
import { configFrom } from '../config.js';
import { commandFailed, EXIT_OK, reportError, reportFailure, usageError } from '../input.js';
import { type CliIo, line } from '../io.js';

const NAME = 'unknot clinician';
const USAGE =
  'use "unknot clinician add --name NAME [--profession physiotherapist|doctor|osteopath|chiropractor] [--url URL]", "list", "disable ID-OR-NAME" or "link ID [--url URL]"';

type Args =
  | { action: 'add'; name: string; profession: string; url: string | undefined }
  | { action: 'list' }
  | { action: 'disable'; who: string }
  | { action: 'link'; who: string; url: string | undefined };

function parseArgs(args: readonly string[]): Args | string {
  const [action, ...rest] = args;
  const flags = new Map<string, string>();
  const plain: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) flags.set(arg.slice(2, eq), arg.slice(eq + 1));
    else if (arg.startsWith('--')) {
      const value = rest[i + 1];
      if (value === undefined) return `${arg} needs a value`;
      flags.set(arg.slice(2), value);
      i += 1;
    } else plain.push(arg);
  }
  const known = (names: string[]) => [...flags.keys()].find((k) => !names.includes(k));
  switch (action) {
    case 'add': {
      const unknown = known(['name', 'profession', 'url']);
      if (unknown !== undefined) return `unknown option --${unknown} (${USAGE})`;
      if (plain.length > 0) return `unexpected argument "${plain[0]}" (${USAGE})`;
      const name = flags.get('name');
      if (name === undefined) return `--name is required (${USAGE})`;
      return {
        action,
        name,
        profession: flags.get('profession') ?? 'physiotherapist',
        url: flags.get('url'),
      };
    }
    case 'list':
      return args.length === 1 ? { action } : `unexpected argument "${args[1]}" (${USAGE})`;
    case 'disable':
    case 'link': {
      const unknown = known(action === 'link' ? ['url'] : []);
      if (unknown !== undefined) return `unknown option --${unknown} (${USAGE})`;
      const [who, extra] = plain;
      if (who === undefined || extra !== undefined) return USAGE;
      return action === 'link' ? { action, who, url: flags.get('url') } : { action, who };
    }
    default:
      return action === undefined ? USAGE : `unknown action "${action}" (${USAGE})`;
  }
}

/** The address people reach this server at: --url, else PUBLIC_URL, else localhost and PORT. */
function baseUrl(given: string | undefined, env: NodeJS.ProcessEnv): string | AppError {
  const text = given ?? env.PUBLIC_URL ?? `http://localhost:${env.PORT ?? '3000'}`;
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError('protocol');
    return url.origin;
  } catch {
    return usageError(`--url must be the server's address, such as https://unknot.example.org`);
  }
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') return reportError(io, NAME, usageError(options));
  if (options.action === 'add' && !isProfession(options.profession)) {
    return reportError(
      io,
      NAME,
      usageError(`--profession must be one of ${PROFESSIONS.join(', ')}`),
    );
  }
  const url =
    options.action === 'add' || options.action === 'link' ? baseUrl(options.url, io.env) : '';
  if (url instanceof AppError) return reportError(io, NAME, url);
  const config = configFrom(io);
  if (config instanceof AppError) return reportError(io, NAME, config);

  let storage: Awaited<ReturnType<typeof openStorage>>;
  try {
    storage = await openStorage(config.database);
    await migrateToLatest(storage);
  } catch (error) {
    return reportError(
      io,
      NAME,
      commandFailed(error instanceof Error ? error.message : String(error)),
    );
  }
  try {
    const service = clinicianServiceOn(storage.db, Date.now, (n) => randomBytes(n));
    const link = (token: string) => `${url}/clinician/setup#token=${token}`;
    switch (options.action) {
      case 'add': {
        const made = await service.add(
          options.name,
          options.profession as (typeof PROFESSIONS)[number],
        );
        line(io.stdout, `Added ${made.name}, ${made.profession} (id ${made.id}).`);
        line(io.stdout, `Give them this set-up link; it works once, until ${made.expiresAt}:`);
        line(io.stdout, link(made.token));
        break;
      }
      case 'link': {
        const made = await service.relink(options.who);
        line(
          io.stdout,
          `A new set-up link for ${made.name}; it works once, until ${made.expiresAt}:`,
        );
        line(io.stdout, link(made.token));
        break;
      }
      case 'list': {
        const all = await service.list();
        if (all.length === 0)
          line(io.stdout, 'No clinicians yet: add one with "unknot clinician add --name NAME".');
        for (const c of all) {
          const state =
            c.disabledAt !== undefined
              ? `disabled ${c.disabledAt}`
              : c.username === undefined
                ? 'not set up yet'
                : `signs in as ${c.username}`;
          line(io.stdout, `${c.id}  ${c.name}, ${c.profession}: ${state}`);
        }
        break;
      }
      case 'disable': {
        const row = await service.disable(options.who);
        line(
          io.stdout,
          `Disabled ${row.name} (id ${row.id}): signed out everywhere, sees nothing from now on.`,
        );
        break;
      }
    }
    return EXIT_OK;
  } catch (error) {
    return reportFailure(io, NAME, error);
  } finally {
    await storage.close();
  }
}

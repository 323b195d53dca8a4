/**
 * The server's configuration, read once from the environment at start, validated and frozen.
 * A bad value stops start-up with a message naming the variable. The PostgreSQL URL may hold a
 * password: it is never put in an error message or a log line (see `describeDatabase`).
 */
import { isIP } from 'node:net';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const SQLITE_FILE_NAME = 'unknot.sqlite';

export type DatabaseConfig =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly database: DatabaseConfig;
  readonly logLevel: LogLevel;
  /**
   * The origin browsers reach Unknot at (PUBLIC_URL, e.g. `https://unknot.example.org`), or
   * undefined to take each request's own, which is what `localhost` needs.
   */
  readonly publicUrl: string | undefined;
  /** The proxies whose X-Forwarded-* headers are believed (TRUST_PROXY); empty trusts none. */
  readonly trustProxy: readonly string[];
}

/**
 * Listening on loopback by default keeps a person's data off the local network unless they ask
 * for it; a container or a shared server sets HOST=0.0.0.0. "localhost" binds both 127.0.0.1 and
 * ::1, so http://localhost:3000 answers whichever the browser tries first.
 */
export const DEFAULT_HOST = 'localhost';
export const DEFAULT_PORT = 3000;

const PUBLIC_URL_FORM =
  'must be the address people open, such as https://unknot.example.org: http or https, a host, an optional port, and nothing after';

/**
 * PUBLIC_URL as the origin a browser sends (`https://host[:port]`, default port dropped). A path,
 * query or fragment would be silently lost from the origin, so they are refused rather than
 * ignored.
 */
function publicOrigin(value: string, ctx: z.RefinementCtx<string>): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (
    url === undefined ||
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.username !== '' ||
    url.password !== '' ||
    url.pathname !== '/' ||
    /[?#\s]/.test(value)
  ) {
    ctx.addIssue({ code: 'custom', message: PUBLIC_URL_FORM });
    return z.NEVER;
  }
  return url.origin;
}

/** The names @fastify/proxy-addr knows for the loopback, link-local and private ranges. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  // A zone (fe80::1%eth0) passes isIP but not the parser Fastify hands the list to.
  if (entry.includes('%')) return false;
  if (isIP(entry) !== 0) return true;
  const match = /^([^/]+)\/(\d{1,3})$/.exec(entry);
  if (match === null) return false;
  const family = isIP(match[1] ?? '');
  const bits = Number(match[2]);
  return (family === 4 && bits <= 32) || (family === 6 && bits <= 128);
}

/**
 * TRUST_PROXY as the list Fastify's `trustProxy` takes. A hop count is refused: it trusts whoever
 * connects, so a client that reaches the server directly could name any address it liked in
 * X-Forwarded-For and escape its sign-in limit (Fastify 5 itself now ignores a number here).
 */
function trustedProxies(value: string, ctx: z.RefinementCtx<string>): readonly string[] {
  if (/^\s*\d+\s*$/.test(value)) {
    ctx.addIssue({
      code: 'custom',
      message:
        "a hop count would let any client that reaches the server name its own address; give the proxy's addresses instead, such as 127.0.0.1 or 10.0.0.0/8",
    });
    return z.NEVER;
  }
  const entries = value.split(',').map((entry) => entry.trim());
  const bad = entries.filter((entry) => !isAddressOrRange(entry));
  if (bad.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `must be a comma-separated list of IP addresses or CIDR ranges (such as 127.0.0.1, 10.0.0.0/8 or ::1), or loopback, linklocal or uniquelocal; not ${bad.map((b) => JSON.stringify(b)).join(', ')}`,
    });
    return z.NEVER;
  }
  return Object.freeze(entries);
}

/** An unset variable and an empty one mean the same: take the default (as Compose files write). */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const EnvSchema = z.object({
  PORT: optional(
    z
      .string()
      .regex(/^\d{1,5}$/, 'must be a whole number from 0 to 65535')
      .transform(Number)
      .refine((n) => n <= 65535, 'must be a whole number from 0 to 65535'),
  ),
  HOST: optional(z.string().regex(/^[^\s/]+$/, 'must be a host name or an IP address')),
  DATA_DIR: optional(z.string()),
  // The message must not repeat the value: it may carry a password.
  DATABASE_URL: optional(
    z.string().refine((url) => /^(postgres|postgresql|sqlite):/i.test(url), {
      message:
        'must start with postgres://, postgresql:// or sqlite: (or be unset for SQLite in DATA_DIR)',
    }),
  ),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })),
  PUBLIC_URL: optional(z.string().transform(publicOrigin)),
  TRUST_PROXY: optional(z.string().transform(trustedProxies)),
});

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function databaseConfig(url: string | undefined, dataDir: string, cwd: string): DatabaseConfig {
  if (url === undefined) return { kind: 'sqlite', file: join(dataDir, SQLITE_FILE_NAME) };
  if (/^sqlite:/i.test(url)) {
    const path = url.replace(/^sqlite:(\/\/)?/i, '');
    if (path === '') throw new ConfigError('DATABASE_URL: a sqlite: URL needs a file path');
    return { kind: 'sqlite', file: isAbsolute(path) ? path : resolve(cwd, path) };
  }
  try {
    new URL(url);
  } catch {
    throw new ConfigError('DATABASE_URL: is not a valid URL');
  }
  return { kind: 'postgres', url };
}

/** Reads the configuration from `env` (paths relative to `cwd`); throws ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): Readonly<Config> {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration. ${lines.join('; ')}`);
  }
  const e = result.data;
  const dataDir = resolve(cwd, e.DATA_DIR ?? 'data');
  const config: Config = {
    port: e.PORT ?? DEFAULT_PORT,
    host: e.HOST ?? DEFAULT_HOST,
    dataDir,
    database: Object.freeze(databaseConfig(e.DATABASE_URL, dataDir, cwd)),
    logLevel: e.LOG_LEVEL ?? 'info',
    publicUrl: e.PUBLIC_URL,
    trustProxy: e.TRUST_PROXY ?? Object.freeze([]),
  };
  return Object.freeze(config);
}

/** The database as it may be shown in logs and messages: a PostgreSQL password is masked. */
export function describeDatabase(database: DatabaseConfig): string {
  if (database.kind === 'sqlite') return `SQLite ${database.file}`;
  const url = new URL(database.url);
  if (url.password !== '') url.password = '***';
  return `PostgreSQL ${url.toString()}`;
}

/**
 * The server's configuration, read once from the environment at start, validated and frozen.
 * A bad value stops start-up with a message naming the variable. The PostgreSQL URL may hold a
 * password: it is never put in an error message or a log line (see `describeDatabase`).
 */
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
}

/**
 * Listening on loopback by default keeps a person's data off the local network unless they ask
 * for it; a container or a shared server sets HOST=0.0.0.0. "localhost" binds both 127.0.0.1 and
 * ::1, so http://localhost:3000 answers whichever the browser tries first.
 */
export const DEFAULT_HOST = 'localhost';
export const DEFAULT_PORT = 3000;

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

/**
 * Starts Unknot's server: opens the database, brings it to the latest migration, builds the app and
 * listens, purging ended sessions and attempt counters at start and every hour after. The CLI's
 * `serve` calls this with the configuration it read once from the environment.
 */
import type { AddressInfo } from 'node:net';
import { startHousekeeping } from './account/housekeeping.js';
import { buildApp } from './app.js';
import { type Config, describeDatabase } from './config.js';
import { openStorage } from './storage/database.js';
import { migrateToLatest } from './storage/migrate.js';

export interface RunningServer {
  /** What a person opens, e.g. http://localhost:3000 (with the real port when PORT=0). */
  readonly url: string;
  readonly port: number;
  /** Stops taking requests, lets running ones finish, then closes the database. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Where the JSON log goes; the CLI keeps stdout for its one line and logs to stderr. */
  logStream?: NodeJS.WritableStream;
}

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]']);

/** The URL for the address a server listens on; the wildcard ones are opened as localhost. */
export function urlFor(host: string, port: number): string {
  const name = WILDCARD_HOSTS.has(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

export async function startServer(
  config: Config,
  options: StartOptions = {},
): Promise<RunningServer> {
  const storage = await openStorage(config.database);
  let applied: string[];
  try {
    ({ applied } = await migrateToLatest(storage));
  } catch (error) {
    await storage.close();
    throw error;
  }
  const app = await buildApp({
    storage,
    logger: {
      level: config.logLevel,
      ...(options.logStream === undefined ? {} : { stream: options.logStream }),
    },
    publicUrl: config.publicUrl,
    trustProxy: config.trustProxy,
  });
  const housekeeping = await startHousekeeping({
    db: storage.db,
    now: Date.now,
    log: app.log,
  });
  const close = async () => {
    await housekeeping.stop();
    await app.close();
    await storage.close();
  };
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await close();
    throw error;
  }
  const { port } = app.server.address() as AddressInfo;
  const url = urlFor(config.host, port);
  app.log.info(
    { url, database: describeDatabase(config.database), applied },
    'Unknot is listening',
  );
  return { url, port, close };
}

/**
 * `unknot serve`: starts the server and prints exactly one line, `Unknot is listening on <url>`,
 * once it listens; logs go to stderr. SIGINT or SIGTERM closes it cleanly and exits 0; a second
 * signal while it closes falls through to Node's default and ends the process at once.
 */
import { AppError } from '../../core/errors.js';
import { type RunningServer, startServer } from '../../server/main.js';
import { configFrom } from '../config.js';
import { commandFailed, EXIT_OK, reportError, usageError } from '../input.js';
import { type CliIo, line } from '../io.js';

const NAME = 'unknot serve';

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** Resolves at the first SIGINT or SIGTERM, or when `signal` aborts; listens no longer after that. */
function untilStopped(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      for (const name of STOP_SIGNALS) process.off(name, stop);
      signal?.removeEventListener('abort', stop);
      resolve();
    };
    for (const name of STOP_SIGNALS) process.once(name, stop);
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', stop, { once: true });
  });
}

function startFailure(error: unknown, port: number): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'EADDRINUSE') {
    return `port ${port} is already in use; set PORT to another port (PORT=0 picks a free one)`;
  }
  if (code === 'EACCES') return `not allowed to listen on port ${port}; choose a port above 1023`;
  return error instanceof Error ? error.message : String(error);
}

export async function run(args: string[], io: CliIo): Promise<number> {
  if (args.length > 0) {
    const message = `unexpected argument "${args[0]}" (settings come from the environment)`;
    return reportError(io, NAME, usageError(message));
  }
  const config = configFrom(io);
  if (config instanceof AppError) return reportError(io, NAME, config);
  let server: RunningServer;
  try {
    server = await startServer(config, { logStream: io.stderr });
  } catch (error) {
    const message = `could not start: ${startFailure(error, config.port)}`;
    return reportError(io, NAME, commandFailed(message));
  }
  // Listen for the stop signals before saying we are up: whoever reads the line may signal at once.
  const stopped = untilStopped(io.signal);
  line(io.stdout, `Unknot is listening on ${server.url}`);
  await stopped;
  await server.close();
  return EXIT_OK;
}

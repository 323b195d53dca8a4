/** The server's configuration for the commands that need it (`serve`, `migrate`). */
import type { AppError } from '../core/errors.js';
import { type Config, ConfigError, loadConfig } from '../server/config.js';
import { commandFailed } from './input.js';
import type { CliIo } from './io.js';

/**
 * The configuration read from the command's environment, or the error naming the bad variable
 * (exit 1). Relative paths resolve against `io.cwd`.
 */
export function configFrom(io: CliIo): Readonly<Config> | AppError {
  try {
    return loadConfig(io.env, io.cwd);
  } catch (error) {
    if (error instanceof ConfigError) return commandFailed(error.message);
    throw error;
  }
}

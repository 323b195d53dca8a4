/**
 * The `unknot` command line. `main(argv, io)` returns the exit code and never exits the process,
 * so it is tested directly; bin/unknot.mjs (and `node dist/node/cli/main.js`) set process.exitCode.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packageVersion } from '../server/package-root.js';
import { COMMANDS, DEFAULT_COMMAND } from './commands/index.js';
import { EXIT_OK, reportError, usageError } from './input.js';
import { type CliIo, line, processIo } from './io.js';

export type { CliIo } from './io.js';

export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: unknot [command]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    `  ${'help'.padEnd(width)}  show this help`,
    '',
    'Options:',
    '  --help, -h     show this help',
    '  --version, -v  print the version',
    '',
    `With no command, unknot runs "${DEFAULT_COMMAND}".`,
  ].join('\n');
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name = DEFAULT_COMMAND, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help' || args.includes('--help')) {
    line(io.stdout, usage());
    return EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    line(io.stdout, packageVersion());
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    const code = reportError(io, 'unknot', usageError(`unknown command "${name}"`));
    line(io.stderr, `\n${usage()}`);
    return code;
  }
  const module = await command.load();
  return module.run(args, io);
}

/** True when this file is the script Node was started with, not a module imported by another. */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  process.exitCode = await main(process.argv.slice(2));
}

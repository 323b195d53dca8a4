/** What a CLI command may touch: its streams, its environment, and a signal that asks it to stop. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  /** Relative paths in the environment (DATA_DIR) resolve against this; the process's by default. */
  cwd?: string;
  /** Aborting it stops a long-running command (`serve`) as SIGINT would; tests use it. */
  signal?: AbortSignal;
}

/** The real process's streams; stdin is read only when asked for, so it never holds the process open. */
export function processIo(): CliIo {
  return {
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  };
}

export const line = (stream: NodeJS.WritableStream, text: string): void => {
  stream.write(`${text}\n`);
};

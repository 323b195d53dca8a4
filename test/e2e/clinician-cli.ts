/**
 * Browser-test support: a clinician account made as a server's operator makes one, with
 * `unknot clinician add` run against the test server's own DATA_DIR, answering the one-time
 * set-up link it prints (on the test server's address).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT, type RunningServer } from './harness.js';

const run = promisify(execFile);

/** The set-up link of a new clinician on `server`, and the CLI's whole output. */
export async function addClinician(
  server: RunningServer,
  name: string,
  profession = 'physiotherapist',
): Promise<{ link: string; output: string }> {
  if (server.dataDir === '') throw new Error('addClinician needs a server this test started');
  const { stdout } = await run(
    process.execPath,
    [
      join(ROOT, 'bin/unknot.mjs'),
      'clinician',
      'add',
      '--name',
      name,
      '--profession',
      profession,
      '--url',
      server.url,
    ],
    { cwd: ROOT, env: { ...process.env, DATA_DIR: server.dataDir, LOG_LEVEL: 'warn' } },
  );
  const link = /https?:\/\/\S+\/clinician\/setup#token=[A-Za-z0-9_-]+/.exec(stdout)?.[0];
  if (link === undefined) throw new Error(`unknot clinician add printed no link:\n${stdout}`);
  return { link, output: stdout };
}

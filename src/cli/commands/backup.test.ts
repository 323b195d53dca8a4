/**
 * `unknot backup` and `unknot restore` as an operator types them: bad arguments exit 2 naming the
 * option, a missing file 3, a file that is not a backup 2; a round trip on SQLite keeps what the
 * operator's own commands read back; and what they print is counts and paths, never the data.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../test-harness.js';

let dir: string;
const env = (dataDir = join(dir, 'data')) => ({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
const unknot = (args: string[], dataDir?: string) => run(args, '', { env: env(dataDir), cwd: dir });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unknot-cli-backup-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('unknot backup and restore arguments', () => {
  it.each([
    [['backup'], /name the file to write/],
    [['backup', 'a.db', 'b.db'], /unexpected argument "b.db"/],
    [['backup', '--fast', 'a.db'], /unknown option --fast/],
    [['backup', 'a.db', '--format'], /--format needs a value/],
    [['backup', 'a.db', '--format=xml'], /--format must be sqlite or json/],
    [['restore'], /name the backup file/],
    [['restore', '--force', 'a.db'], /unknown option --force/],
    [['restore', 'a.db', 'b.db'], /unexpected argument "b.db"/],
  ])('unknot %j exits 2 naming what is wrong', async (args, message) => {
    const { code, stdout, stderr } = await unknot(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(new RegExp(`^unknot ${args[0]}: `));
    expect(stdout).toBe('');
  });

  it('are listed in the help', async () => {
    const { stdout } = await unknot(['--help']);
    expect(stdout).toMatch(/\n {2}backup +back up the database to FILE/);
    expect(stdout).toMatch(/\n {2}restore +replace everything in the database with a backup/);
  });
});

describe('unknot backup', () => {
  it('exits 3 naming the database when there is none yet', async () => {
    const { code, stderr } = await unknot(['backup', 'a.db']);
    expect(code).toBe(3);
    expect(stderr).toContain(join(dir, 'data', 'unknot.sqlite'));
  });

  it('exits 3 naming the folder when the backup folder does not exist', async () => {
    await unknot(['migrate']);
    const { code, stderr } = await unknot(['backup', 'nightly/a.db']);
    expect(code).toBe(3);
    expect(stderr).toContain(`the folder ${join(dir, 'nightly')} does not exist`);
  });

  it('exits 2 when asked for a SQLite file of PostgreSQL', async () => {
    const { code, stderr } = await run(['backup', 'a.db', '--format', 'sqlite'], '', {
      env: { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', LOG_LEVEL: 'silent' },
      cwd: dir,
    });
    expect(code).toBe(2);
    expect(stderr).toContain('--format sqlite needs a SQLite database');
  });

  it('exits 1 naming the database, its password masked, when it cannot be reached', async () => {
    const { code, stderr } = await run(['backup', 'a.jsonl'], '', {
      env: { DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/none', LOG_LEVEL: 'silent' },
      cwd: dir,
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /cannot reach the database \(PostgreSQL postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none\)/,
    );
    expect(stderr).not.toContain('secret');
  });
});

describe('unknot restore', () => {
  it('exits 3 naming the file when it does not exist', async () => {
    const { code, stderr } = await unknot(['restore', 'gone.db']);
    expect(code).toBe(3);
    expect(stderr).toContain(`the backup ${join(dir, 'gone.db')} does not exist`);
  });

  it('exits 2 when the file is not a backup, and makes no database', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'my back hurts\n');
    const { code, stderr } = await unknot(['restore', 'notes.txt']);
    expect(code).toBe(2);
    expect(stderr).toContain('is not an Unknot backup');
    expect(() => statSync(join(dir, 'data', 'unknot.sqlite'))).toThrow();
  });
});

describe.each(['sqlite', 'json'])('a %s round trip through the commands', (format) => {
  it('brings back what the operator stored, printing counts and paths only', async () => {
    const added = await unknot(['clinician', 'add', '--name', 'Sam Patel']);
    expect(added.code).toBe(0);
    const listed = await unknot(['clinician', 'list']);

    const backup = await unknot(['backup', `nightly.${format}`, '--format', format]);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(
      new RegExp(
        `^Backed up SQLite ${join(dir, 'data', 'unknot.sqlite')} to ${join(dir, `nightly.${format}`)} \\(${format}, schema \\w+\\): 14 tables, \\d+ rows\\.\\n$`,
      ),
    );
    expect(backup.stdout).not.toContain('Sam Patel');
    expect(statSync(join(dir, `nightly.${format}`)).mode & 0o777).toBe(0o600);

    const elsewhere = join(dir, 'elsewhere');
    const restore = await unknot(['restore', `nightly.${format}`], elsewhere);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(
      new RegExp(
        `^Restored ${join(dir, `nightly.${format}`)} \\(${format}, schema \\w+\\) into SQLite ${join(elsewhere, 'unknot.sqlite')}, now at schema \\w+: 14 tables, \\d+ rows\\.\\n$`,
      ),
    );
    expect(restore.stdout).not.toContain('Sam Patel');
    expect((await unknot(['clinician', 'list'], elsewhere)).stdout).toBe(listed.stdout);
  });
});

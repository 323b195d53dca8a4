import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../server/http/session-client.test-support.js';
import { LISTENING, run, spawnServe } from '../test-harness.js';

let dataDir: string;
const unknot = (args: string[], more: Record<string, string> = {}) =>
  run(['clinician', ...args], '', { env: { DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...more } });

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'unknot-cli-clinician-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const LINK = /(https?:\/\/[^\s]+\/clinician\/setup#token=([A-Za-z0-9_-]{43}))/;

describe('unknot clinician', () => {
  it('adds a clinician and prints a one-time set-up link on the address given', async () => {
    const added = await unknot([
      'add',
      '--name',
      'Sam Patel',
      '--url',
      'https://unknot.example.org/x',
    ]);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^Added Sam Patel, physiotherapist \(id [0-9a-f-]{36}\)\./);
    expect(added.stdout).toMatch(LINK);
    expect(added.stdout).toContain('https://unknot.example.org/clinician/setup#token=');
    const listed = await unknot(['list']);
    expect(listed.stdout).toMatch(/Sam Patel, physiotherapist: not set up yet/);
  });

  it('names what is wrong with a bad command, and keeps nothing', async () => {
    for (const args of [
      ['add'],
      ['add', '--name', 'Sam', '--profession', 'wizard'],
      ['add', '--name', 'Sam', '--url', 'ftp://x'],
      ['add', '--name', 'Sam', '--colour', 'blue'],
      ['disable'],
      ['fly'],
    ]) {
      const res = await unknot(args);
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.stderr).toMatch(/^unknot clinician: /);
    }
    expect((await unknot(['list'])).stdout).toMatch(/No clinicians yet/);
    const missing = await unknot(['disable', 'nobody']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('no clinician has this id or name');
  });

  it('makes a link a clinician sets up with on a running server, and disabling ends their session', {
    timeout: 60_000,
  }, async () => {
    const served = spawnServe({ DATA_DIR: dataDir });
    try {
      const [, url = ''] = await served.stdout.waitFor(LISTENING, 40_000);
      const added = await unknot([
        'add',
        '--name',
        'Ana Ruiz',
        '--profession',
        'doctor',
        '--url',
        url,
      ]);
      const token = LINK.exec(added.stdout)?.[2] ?? '';
      const setup = await fetch(`${url}/api/v1/clinician/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token, username: 'dr.ruiz', password: TEST_PASSWORD }),
      });
      expect(setup.status).toBe(200);
      const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const people = () => fetch(`${url}/api/v1/clinician/people`, { headers: { cookie } });
      expect((await people()).status).toBe(200);
      expect((await unknot(['list'])).stdout).toMatch(/Ana Ruiz, doctor: signs in as dr\.ruiz/);
      const disabled = await unknot(['disable', 'dr.ruiz']);
      expect(disabled.code).toBe(0);
      expect((await people()).status).toBe(401);
    } finally {
      served.child.kill('SIGTERM');
      await served.exited;
    }
  });
});

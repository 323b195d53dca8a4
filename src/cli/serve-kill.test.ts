/**
 * An acknowledged push is on disk: the real server, as a process, killed with SIGKILL right after
 * answering its last push, keeps every change it acknowledged.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diaryChange } from '../core/sync/fixtures.js';
import { SessionClient, TEST_PASSWORD } from '../server/http/session-client.test-support.js';
import { openStorage } from '../server/storage/database.js';
import { LISTENING, spawnServe } from './test-harness.js';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'unknot-kill-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('kill -9 during a sync', () => {
  it('loses no change the server acknowledged', { timeout: 60_000 }, async () => {
    const { child, stdout, exited } = spawnServe({ DATA_DIR: dataDir });
    const acknowledged: string[] = [];
    try {
      const [, url = ''] = await stdout.waitFor(LISTENING, 40_000);
      const device = new SessionClient(url);
      await device.post('/api/v1/auth/sign-up', { username: 'kill', password: TEST_PASSWORD });
      for (let batch = 0; batch < 5; batch++) {
        const changes = Array.from({ length: 100 }, (_, i) =>
          diaryChange(batch * 100 + i + 1, i % 11),
        );
        const res = await device.post('/api/v1/sync', { changes });
        acknowledged.push(...(res.body as { accepted: string[] }).accepted);
      }
      child.kill('SIGKILL');
      await exited;
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    expect(acknowledged).toHaveLength(500);
    const storage = await openStorage({ kind: 'sqlite', file: join(dataDir, 'unknot.sqlite') });
    try {
      const rows = await storage.db.selectFrom('sync_records').select('id').execute();
      expect(new Set(rows.map((r) => r.id))).toEqual(new Set(acknowledged));
    } finally {
      await storage.close();
    }
  });
});

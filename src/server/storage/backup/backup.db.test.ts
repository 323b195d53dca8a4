/**
 * Backups on SQLite and PostgreSQL: data written through the real app, backed up while the app
 * serves, restored into a fresh database, and read back through the app, which must serve exactly
 * what it served before. And a backup that is damaged, cut short, of another schema version or not
 * a backup at all is refused with the problem named, leaving the database serving what it did.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors.js';
import type { Storage } from '../database.js';
import { migrateToLatest } from '../migrate.js';
import { type TestDatabase, type TestDatabaseKind, testDatabases } from '../test-databases.js';
import { backupDatabase, restoreDatabase } from './backup.js';
import { FORMAT } from './json-format.js';
import {
  observe,
  type Served,
  serve,
  signsIn,
  type World,
  writeWorld,
} from './restorable-world.test-support.js';
import { KNOWN_MIGRATIONS } from './version.js';

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'unknot-backups-'));
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** A fresh database of `kind`, migrated, with the app serving it; all undone after the test. */
const opened: Array<{ database: TestDatabase; served?: Served }> = [];
afterEach(async () => {
  for (const { database, served } of opened.splice(0)) {
    await served?.close();
    await database.destroy();
  }
});

async function fresh(
  kind: TestDatabaseKind,
): Promise<{ database: TestDatabase; storage: Storage }> {
  const database = await kind.create();
  opened.push({ database });
  const storage = await database.open();
  await migrateToLatest(storage);
  return { database, storage };
}

async function serving(kind: TestDatabaseKind): Promise<{
  database: TestDatabase;
  storage: Storage;
  url: string;
}> {
  const { database, storage } = await fresh(kind);
  const served = await serve(storage);
  const entry = opened.find((o) => o.database === database);
  if (entry !== undefined) entry.served = served;
  return { database, storage, url: served.url };
}

const options = (database: TestDatabase) =>
  database.schema === undefined ? {} : { schema: database.schema };

/**
 * Restores `file` into `database` with its connection closed, as an operator stops the server
 * first (SQLite refuses otherwise), and answers the summary and a new connection.
 */
async function restoreInto(
  database: TestDatabase,
  storage: Storage,
  file: string,
): Promise<{ done: Awaited<ReturnType<typeof restoreDatabase>>; storage: Storage }> {
  await storage.close();
  const done = await restoreDatabase(database.config, file, options(database));
  return { done, storage: await database.open() };
}

/** What a restore throws: its code and message. */
async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('the restore was not refused');
}

/** Every read answered 200 with the world's data, so comparing two observations means something. */
function expectServedInFull(seen: Record<string, unknown>): void {
  for (const [name, answer] of Object.entries(seen)) {
    expect(answer, name).toMatchObject({ status: 200 });
  }
  const records = seen.records as { body: { changes: { deleted: boolean }[] } };
  expect(records.body.changes).toHaveLength(48);
  expect(records.body.changes.filter((c) => c.deleted)).toHaveLength(1);
  const people = seen.people as { body: { people: unknown[] } };
  expect(people.body.people).toHaveLength(1);
  const trail = seen.trail as { body: { entries: unknown[] } };
  expect(trail.body.entries.length).toBeGreaterThan(2);
}

const kinds = testDatabases();
/** Reads that change nothing, to compare a database with itself before and after. */
const PERSON_ONLY = { clinician: false };
const formatsOf = (kind: TestDatabaseKind) =>
  kind.name === 'SQLite' ? (['sqlite', 'json'] as const) : (['json'] as const);

describe.each(kinds)('backup and restore on $name', (kind) => {
  it.each(formatsOf(kind))(
    'a %s backup taken while serving restores into a fresh database that serves the same data',
    async (format) => {
      const source = await serving(kind);
      const world = await writeWorld(source.url, source.storage);
      const file = join(folder, `${kind.name}-${format}-world`);
      const made = await backupDatabase(source.database.config, file, {
        format,
        ...options(source.database),
      });
      expect(made.format).toBe(format);
      expect(made.version).toBe(KNOWN_MIGRATIONS.at(-1));
      expect(made.tables.find((t) => t.name === 'sync_records')?.rows).toBe(48);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const before = await observe(source.url, world);
      expectServedInFull(before);

      const target = await fresh(kind);
      const { done, storage } = await restoreInto(target.database, target.storage, file);
      expect(done.tables).toEqual(made.tables);
      const restored = await serve(storage);
      try {
        expect(await observe(restored.url, world)).toEqual(before);
        expect(await signsIn(restored.url, world)).toBe(200);
      } finally {
        await restored.close();
      }
    },
  );

  it('restores over a database that holds other data, leaving none of it', async () => {
    const source = await serving(kind);
    const world = await writeWorld(source.url, source.storage, 'ana');
    const file = join(folder, `${kind.name}-over`);
    await backupDatabase(source.database.config, file, {
      format: 'json',
      ...options(source.database),
    });
    const before = await observe(source.url, world);

    const target = await fresh(kind);
    const other = await serve(target.storage);
    const stranger = await writeWorld(other.url, target.storage, 'bo');
    await other.close();
    const { storage } = await restoreInto(target.database, target.storage, file);
    const restored = await serve(storage);
    try {
      expect(await observe(restored.url, world)).toEqual(before);
      expect(await signsIn(restored.url, stranger)).toBe(401);
    } finally {
      await restored.close();
    }
  });

  describe('refuses a backup it cannot restore whole, and the database serves what it did', () => {
    let lines: string[];
    let target: { database: TestDatabase; url: string };
    let world: World;

    /**
     * A good JSON backup's lines to damage, and a target serving other data while the restore is
     * tried: a refused restore must not stop it serving, nor change what it serves.
     */
    async function setUp(): Promise<Record<string, unknown>> {
      const source = await serving(kind);
      await writeWorld(source.url, source.storage, 'ana');
      const file = join(folder, `${kind.name}-good.jsonl`);
      await backupDatabase(source.database.config, file, {
        format: 'json',
        ...options(source.database),
      });
      lines = readFileSync(file, 'utf8').trimEnd().split('\n');
      const served = await serving(kind);
      target = served;
      world = await writeWorld(served.url, served.storage, 'bo');
      return observe(target.url, world, PERSON_ONLY);
    }

    async function refused(text: string, code: string, message: RegExp): Promise<void> {
      const before = await setUp();
      const file = join(folder, `${kind.name}-bad-${Math.random().toString(16).slice(2)}`);
      writeFileSync(file, text);
      const why = await refusal(
        restoreDatabase(target.database.config, file, options(target.database)),
      );
      expect(why.code).toBe(code);
      expect(why.message).toMatch(message);
      expect(await observe(target.url, world, PERSON_ONLY)).toEqual(before);
    }

    // Found only deep in the file: on PostgreSQL after rows went in, so the transaction must roll
    // back; on SQLite while the restored file is built beside the live one, which is never touched.
    it('cut short: no end line', async () => {
      const before = await setUp();
      const file = join(folder, `${kind.name}-short.jsonl`);
      writeFileSync(file, `${lines.slice(0, -3).join('\n')}\n`);
      const why = await refusal(
        restoreDatabase(target.database.config, file, options(target.database)),
      );
      expect(why).toMatchObject({
        code: 'validation_failed',
        message: expect.stringMatching(/cut short/),
      });
      expect(await observe(target.url, world, PERSON_ONLY)).toEqual(before);
    });

    it('damaged: a line that is not JSON, deep in the file', async () => {
      const before = await setUp();
      const file = join(folder, `${kind.name}-damaged.jsonl`);
      const damaged = [...lines];
      damaged.splice(lines.length - 5, 1, '["0190a000-0000-7000-8000-0000');
      writeFileSync(file, `${damaged.join('\n')}\n`);
      const why = await refusal(
        restoreDatabase(target.database.config, file, options(target.database)),
      );
      expect(why).toMatchObject({
        code: 'validation_failed',
        message: expect.stringMatching(/not JSON/),
      });
      expect(await observe(target.url, world, PERSON_ONLY)).toEqual(before);
    });

    it('damaged: a value of the wrong kind, named by its column only', async () => {
      const before = await setUp();
      const file = join(folder, `${kind.name}-wrong-kind.jsonl`);
      const start = lines.indexOf('{"table":"sync_records"}');
      const row = JSON.parse(lines[start + 3] ?? '[]') as unknown[];
      const header = JSON.parse(lines[0] ?? '{}') as {
        tables: { name: string; columns: string[] }[];
      };
      const seq =
        header.tables.find((t) => t.name === 'sync_records')?.columns.indexOf('seq') ?? -1;
      row[seq] = 'seven';
      const damaged = [...lines];
      damaged[start + 3] = JSON.stringify(row);
      writeFileSync(file, `${damaged.join('\n')}\n`);
      const why = await refusal(
        restoreDatabase(target.database.config, file, options(target.database)),
      );
      expect(why.code).toBe('validation_failed');
      expect(why.message).toMatch(/column seq holds a value that is not an integer/);
      expect(why.message).not.toContain('seven');
      expect(await observe(target.url, world, PERSON_ONLY)).toEqual(before);
    });

    it('damaged: the end line counts other rows than the file holds', async () => {
      const before = await setUp();
      const file = join(folder, `${kind.name}-miscounted.jsonl`);
      const end = JSON.parse(lines.at(-1) ?? '{}') as { rows: Record<string, number> };
      end.rows.accounts = (end.rows.accounts ?? 0) + 1;
      writeFileSync(file, `${[...lines.slice(0, -1), JSON.stringify(end)].join('\n')}\n`);
      const why = await refusal(
        restoreDatabase(target.database.config, file, options(target.database)),
      );
      expect(why).toMatchObject({
        code: 'validation_failed',
        message: expect.stringMatching(/counts/),
      });
      expect(await observe(target.url, world, PERSON_ONLY)).toEqual(before);
    });

    it('of an older schema version, or a newer one', async () => {
      const before = await setUp();
      const header = JSON.parse(lines[0] ?? '{}') as { migrations: string[] };
      for (const [migrations, message] of [
        [header.migrations.slice(0, -1), /older schema version/],
        [[...header.migrations, '2099_01_01_000100_from_the_future'], /newer Unknot/],
      ] as const) {
        const file = join(folder, `${kind.name}-version.jsonl`);
        writeFileSync(
          file,
          [JSON.stringify({ ...header, migrations }), ...lines.slice(1)].join('\n'),
        );
        const why = await refusal(
          restoreDatabase(target.database.config, file, options(target.database)),
        );
        expect(why.code).toBe('validation_failed');
        expect(why.message).toMatch(message);
      }
      expect(await observe(target.url, world, PERSON_ONLY)).toEqual(before);
    });

    it.each([
      ['text', 'these are my notes\n', /not an Unknot backup/],
      ['an empty file', '', /not an Unknot backup/],
      ['JSON of another program', '{"version":2,"items":[]}\n', /not an Unknot backup/],
      [
        'a header with no tables after it',
        `{"format":"${FORMAT}","formatVersion":1,"createdAt":"2026-03-02T09:00:00.000Z","database":"sqlite","migrations":${JSON.stringify(KNOWN_MIGRATIONS)},"tables":[]}\n`,
        /does not hold the tables/,
      ],
    ])('not a backup: %s', async (_what, text, message) => {
      await refused(text, 'validation_failed', message);
    });

    it('missing: names the path', async () => {
      const before = await setUp();
      const file = join(folder, 'no-such-backup.jsonl');
      const why = await refusal(
        restoreDatabase(target.database.config, file, options(target.database)),
      );
      expect(why).toEqual({ code: 'not_found', message: expect.stringContaining(file) });
      expect(await observe(target.url, world, PERSON_ONLY)).toEqual(before);
    });
  });
});

const [sqliteKind, postgresKind] = kinds;
describe.runIf(postgresKind !== undefined)(
  'a JSON backup moves data between SQLite and PostgreSQL',
  () => {
    it.each([
      ['SQLite', 'PostgreSQL'],
      ['PostgreSQL', 'SQLite'],
    ])('from %s to %s, serving the same data', async (from, to) => {
      const kindOf = (name: string) =>
        (name === 'SQLite' ? sqliteKind : postgresKind) as TestDatabaseKind;
      const source = await serving(kindOf(from));
      const world = await writeWorld(source.url, source.storage);
      const file = join(folder, `${from}-to-${to}.jsonl`);
      await backupDatabase(source.database.config, file, {
        format: 'json',
        ...options(source.database),
      });
      const before = await observe(source.url, world);
      const target = await fresh(kindOf(to));
      const { storage } = await restoreInto(target.database, target.storage, file);
      const restored = await serve(storage);
      try {
        expect(await observe(restored.url, world)).toEqual(before);
      } finally {
        await restored.close();
      }
    });

    it('refuses a SQLite backup file on PostgreSQL, saying how to move the data', async () => {
      const source = await serving(sqliteKind as TestDatabaseKind);
      await writeWorld(source.url, source.storage);
      const file = join(folder, 'native.db');
      await backupDatabase(source.database.config, file);
      const target = await fresh(postgresKind as TestDatabaseKind);
      const why = await refusal(
        restoreDatabase(target.database.config, file, options(target.database)),
      );
      expect(why.code).toBe('validation_failed');
      expect(why.message).toMatch(/--format json/);
    });
  },
);

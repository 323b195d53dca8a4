import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, describeDatabase, loadConfig } from './config.js';

const CWD = '/srv/unknot';

describe('loadConfig', () => {
  it('uses the documented defaults, with SQLite in ./data', () => {
    const config = loadConfig({}, CWD);
    expect(config).toEqual({
      port: 3000,
      host: 'localhost',
      dataDir: join(CWD, 'data'),
      database: { kind: 'sqlite', file: join(CWD, 'data', 'unknot.sqlite') },
      logLevel: 'info',
    });
  });

  it('reads every variable and treats empty ones as unset', () => {
    const config = loadConfig(
      { PORT: '0', HOST: '127.0.0.1', DATA_DIR: '/var/lib/unknot', LOG_LEVEL: 'silent' },
      CWD,
    );
    expect(config.port).toBe(0);
    expect(config.host).toBe('127.0.0.1');
    expect(config.database).toEqual({ kind: 'sqlite', file: '/var/lib/unknot/unknot.sqlite' });
    expect(config.logLevel).toBe('silent');
    expect(loadConfig({ PORT: '', HOST: '' }, CWD).port).toBe(3000);
  });

  it('chooses PostgreSQL for postgres:// and postgresql:// URLs', () => {
    for (const url of ['postgres://u:p@db:5432/unknot', 'postgresql://postgres@127.0.0.1/test']) {
      expect(loadConfig({ DATABASE_URL: url }, CWD).database).toEqual({ kind: 'postgres', url });
    }
  });

  it('accepts a sqlite: URL, relative to the working directory', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:db/x.sqlite' }, CWD).database).toEqual({
      kind: 'sqlite',
      file: join(CWD, 'db/x.sqlite'),
    });
  });

  it('is frozen', () => {
    const config = loadConfig({}, CWD);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.database)).toBe(true);
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '65536' }],
    ['PORT', { PORT: '-1' }],
    ['HOST', { HOST: 'my host' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://root@db/unknot' }],
  ])('names %s when its value is bad', (name, env) => {
    expect(() => loadConfig(env, CWD)).toThrow(ConfigError);
    expect(() => loadConfig(env, CWD)).toThrow(new RegExp(`${name}: `));
  });

  it('never repeats a bad DATABASE_URL, which may hold a password', () => {
    const url = 'mysql://root:s3cret-pw@db/unknot';
    expect(() => loadConfig({ DATABASE_URL: url }, CWD)).toThrow(/DATABASE_URL/);
    try {
      loadConfig({ DATABASE_URL: url }, CWD);
    } catch (error) {
      expect(String(error)).not.toContain('s3cret-pw');
    }
  });
});

describe('describeDatabase', () => {
  it('masks the PostgreSQL password', () => {
    const text = describeDatabase({ kind: 'postgres', url: 'postgres://unknot:s3cret@db:5432/u' });
    expect(text).toBe('PostgreSQL postgres://unknot:***@db:5432/u');
  });

  it('names the SQLite file', () => {
    expect(describeDatabase({ kind: 'sqlite', file: '/d/unknot.sqlite' })).toBe(
      'SQLite /d/unknot.sqlite',
    );
  });
});

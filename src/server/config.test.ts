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
      publicUrl: undefined,
      trustProxy: [],
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
    expect(Object.isFrozen(config.trustProxy)).toBe(true);
    expect(Object.isFrozen(loadConfig({ TRUST_PROXY: '127.0.0.1' }, CWD).trustProxy)).toBe(true);
  });

  it.each([
    ['https://unknot.example.org', 'https://unknot.example.org'],
    ['https://Unknot.Example.org/', 'https://unknot.example.org'],
    ['https://unknot.example.org:443', 'https://unknot.example.org'],
    ['https://unknot.example.org:8443/', 'https://unknot.example.org:8443'],
    ['http://localhost:3000', 'http://localhost:3000'],
  ])('takes PUBLIC_URL %s as the origin a browser sends, %s', (value, origin) => {
    expect(loadConfig({ PUBLIC_URL: value }, CWD).publicUrl).toBe(origin);
  });

  it('takes TRUST_PROXY as the addresses and ranges of the proxies to believe', () => {
    const TRUST_PROXY = '127.0.0.1, 10.0.0.0/8,::1,fd00::/8,192.0.2.7/32';
    const listed = ['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8', '192.0.2.7/32'];
    expect(loadConfig({ TRUST_PROXY }, CWD).trustProxy).toEqual(listed);
    expect(loadConfig({ TRUST_PROXY: 'loopback,uniquelocal' }, CWD).trustProxy).toEqual([
      'loopback',
      'uniquelocal',
    ]);
    expect(loadConfig({ TRUST_PROXY: '' }, CWD).trustProxy).toEqual([]);
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '65536' }],
    ['PORT', { PORT: '-1' }],
    ['HOST', { HOST: 'my host' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://root@db/unknot' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'unknot.example.org' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'ftp://unknot.example.org' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'https://unknot.example.org/unknot' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'https://unknot.example.org/?from=mail' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'https://unknot.example.org/#top' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'https://admin@unknot.example.org' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'https://unknot.example.org, https://b.example' }],
    ['TRUST_PROXY', { TRUST_PROXY: '1' }],
    ['TRUST_PROXY', { TRUST_PROXY: '0' }],
    ['TRUST_PROXY', { TRUST_PROXY: 'proxy.internal' }],
    ['TRUST_PROXY', { TRUST_PROXY: '10.0.0.0/33' }],
    ['TRUST_PROXY', { TRUST_PROXY: '::1/129' }],
    ['TRUST_PROXY', { TRUST_PROXY: '10.0.0.0/255.0.0.0' }],
    ['TRUST_PROXY', { TRUST_PROXY: '300.0.0.1' }],
    ['TRUST_PROXY', { TRUST_PROXY: '127.0.0.1,' }],
    ['TRUST_PROXY', { TRUST_PROXY: 'fe80::1%eth0' }],
    ['TRUST_PROXY', { TRUST_PROXY: 'true' }],
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

describe('loadConfig behind a proxy', () => {
  it('never repeats a bad PUBLIC_URL, which may hold a password', () => {
    expect(() => loadConfig({ PUBLIC_URL: 'https://admin:s3cret-pw@u.example' }, CWD)).toThrow(
      /PUBLIC_URL: /,
    );
    try {
      loadConfig({ PUBLIC_URL: 'https://admin:s3cret-pw@u.example' }, CWD);
    } catch (error) {
      expect(String(error)).not.toContain('s3cret-pw');
    }
  });

  it('refuses a hop count for TRUST_PROXY, saying to name the proxy instead', () => {
    expect(() => loadConfig({ TRUST_PROXY: '1' }, CWD)).toThrow(
      /TRUST_PROXY: a hop count .* give the proxy's addresses instead/,
    );
  });

  it('names every bad TRUST_PROXY entry and each bad variable at once', () => {
    expect(() =>
      loadConfig({ TRUST_PROXY: '127.0.0.1, proxy.internal', PUBLIC_URL: 'nope' }, CWD),
    ).toThrow(/PUBLIC_URL: .*; TRUST_PROXY: .*not "proxy\.internal"$/);
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

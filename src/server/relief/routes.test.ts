import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reliefProtocol } from '../../core/relief/index.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { ReliefResponse } from './routes.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const TIMED_KINDS = ['timer', 'breathing', 'session'];

async function relief() {
  const res = await fetch(`${server.url}/api/v1/relief`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return ReliefResponse.parse(await res.json());
}

describe('GET /api/v1/relief', () => {
  it('answers the protocol steps in order, starting with stopping and the emergency questions', async () => {
    const { steps } = await relief();
    expect(steps.map((s) => s.id)).toEqual(reliefProtocol().map((s) => s.id));
    expect(steps[0]?.id).toBe('stop');
    expect(steps[1]?.kind).toBe('questions');
    expect(steps).toEqual(JSON.parse(JSON.stringify(reliefProtocol())));
  });

  it('gives every timed step its duration in whole seconds within its limits', async () => {
    const { steps } = await relief();
    const timed = steps.filter((s) => TIMED_KINDS.includes(s.kind));
    expect(timed.map((s) => s.kind)).toEqual(expect.arrayContaining(TIMED_KINDS));
    for (const step of timed) {
      if (step.kind !== 'timer' && step.kind !== 'breathing' && step.kind !== 'session') continue;
      expect(Number.isInteger(step.durationSeconds), step.id).toBe(true);
      expect(step.durationSeconds, step.id).toBeGreaterThan(0);
      if (step.kind !== 'session') {
        expect(step.durationSeconds).toBeGreaterThanOrEqual(step.timer.minSeconds);
        expect(step.durationSeconds).toBeLessThanOrEqual(step.timer.maxSeconds);
      }
    }
  });

  it('lets every step be skipped and names a source for each', async () => {
    const { steps } = await relief();
    for (const step of steps) {
      expect(step.skippable, step.id).toBe(true);
      expect(step.sources.length, step.id).toBeGreaterThan(0);
    }
  });
});

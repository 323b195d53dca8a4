import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ClockError,
  compareHlc,
  type Hlc,
  hlcStart,
  hlcText,
  MAX_DRIFT_MS,
  parseHlc,
  receive,
  tick,
} from './hlc.js';
import { mergeAll, type Versioned } from './merge.js';

const PHONE = '00000000000000a1';
const LAPTOP = '00000000000000b2';
const T = Date.parse('2026-03-02T09:00:00.000Z');

describe('the hybrid logical clock', () => {
  it('stamps each change later than the last, within one millisecond too', () => {
    const a = tick(hlcStart(PHONE), T);
    const b = tick(a, T);
    const c = tick(b, T - 1000);
    expect(compareHlc(a, b)).toBeLessThan(0);
    expect(compareHlc(b, c)).toBeLessThan(0);
    expect(c.millis).toBe(T);
  });

  it('writes stamps as text that sorts as they order, and reads them back', () => {
    const stamps = fc.record({
      millis: fc.integer({ min: 0, max: Date.parse('2100-01-01T00:00:00Z') }),
      counter: fc.integer({ min: 0, max: 0xffff }),
      node: fc.constantFrom(PHONE, LAPTOP),
    });
    fc.assert(
      fc.property(stamps, stamps, (a: Hlc, b: Hlc) => {
        expect(parseHlc(hlcText(a))).toEqual(a);
        const byText = hlcText(a) < hlcText(b) ? -1 : hlcText(a) > hlcText(b) ? 1 : 0;
        expect(Math.sign(compareHlc(a, b))).toBe(byText);
      }),
    );
    expect(parseHlc('2026-02-30T09:00:00.000Z-0000-00000000000000a1')).toBeUndefined();
    expect(parseHlc('soon')).toBeUndefined();
  });

  it('a phone whose clock is an hour slow still stamps its later edit as the later one', () => {
    const laptop = tick(hlcStart(LAPTOP), T);
    // The phone, its clock an hour behind, pulls the laptop's change from the server, then edits.
    const slow = T - 3_600_000;
    const seen = receive(tick(hlcStart(PHONE), slow), laptop, slow, Number.POSITIVE_INFINITY);
    const edit = tick(seen, slow + 1000);
    expect(compareHlc(edit, laptop)).toBeGreaterThan(0);
  });

  it('the server refuses a stamp from a clock set far ahead, so it cannot bury what follows', () => {
    const ahead = tick(hlcStart(LAPTOP), T + MAX_DRIFT_MS + 1);
    expect(() => receive(hlcStart(PHONE), ahead, T)).toThrow(ClockError);
    const near = tick(hlcStart(LAPTOP), T + MAX_DRIFT_MS);
    expect(receive(hlcStart(PHONE), near, T).millis).toBe(near.millis);
  });

  it('never goes backwards, whatever it makes or sees', () => {
    const steps = fc.array(
      fc.record({ remote: fc.boolean(), offset: fc.integer({ min: -60_000, max: 60_000 }) }),
      { maxLength: 50 },
    );
    fc.assert(
      fc.property(steps, (list) => {
        let clock = hlcStart(PHONE);
        let other = hlcStart(LAPTOP);
        for (const s of list) {
          const before = clock;
          if (s.remote) {
            other = tick(other, T + s.offset);
            clock = receive(clock, other, T);
            expect(compareHlc(clock, other)).toBeGreaterThan(0);
          } else clock = tick(clock, T + s.offset);
          expect(compareHlc(clock, before)).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('merging versions', () => {
  const version = (id: number, at: number, node: string, pain: number | null): Versioned => ({
    id: `0190a000-0000-7000-8000-00000000000${id}`,
    hlc: hlcText({ millis: T + at, counter: 0, node }),
    deleted: pain === null,
    data: pain === null ? null : { pain0to10: pain },
  });

  it('gives the same state for any order and any repeats of the same changes', () => {
    const changes = fc.array(
      fc.record({
        id: fc.integer({ min: 1, max: 4 }),
        at: fc.integer({ min: 0, max: 20 }),
        node: fc.constantFrom(PHONE, LAPTOP),
        pain: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
      }),
      { minLength: 1, maxLength: 25 },
    );
    fc.assert(
      fc.property(
        changes.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
            fc.array(fc.constantFrom(...list), { maxLength: 10 }),
          ),
        ),
        ([list, shuffled, repeats]) => {
          const toVersions = (xs: typeof list) =>
            xs.map((c) => version(c.id, c.at, c.node, c.pain));
          const once = mergeAll(new Map(), toVersions(list));
          const again = mergeAll(new Map(), toVersions([...shuffled, ...repeats]));
          expect(new Map([...again].sort())).toEqual(new Map([...once].sort()));
        },
      ),
    );
  });

  it('a deletion wins over an older edit and loses to a newer one', () => {
    const edit = version(1, 5, PHONE, 4);
    const gone = version(1, 10, LAPTOP, null);
    expect(mergeAll(new Map(), [gone, edit]).get(edit.id)?.deleted).toBe(true);
    const revived = version(1, 15, PHONE, 2);
    expect(mergeAll(new Map(), [revived, gone, edit]).get(edit.id)).toEqual(revived);
  });
});

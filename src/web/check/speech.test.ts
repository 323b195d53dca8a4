import { afterEach, describe, expect, it } from 'vitest';
import { canDictate, dictationErrorWords, startDictation, withDictation } from './speech.js';

/** A stand-in for the browser's recognition, driven by the test. */
class FakeRecognition {
  static last: FakeRecognition | undefined;
  continuous = false;
  interimResults = false;
  lang = '';
  onresult: ((event: unknown) => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  onend: (() => void) | null = null;
  started = false;
  constructor() {
    FakeRecognition.last = this;
  }
  start() {
    this.started = true;
  }
  stop() {
    this.onend?.();
  }
  abort() {
    this.onerror?.({ error: 'aborted' });
    this.onend?.();
  }
  hear(...results: [string, boolean][]) {
    this.onresult?.({
      results: results.map(([transcript, isFinal]) => ({ isFinal, 0: { transcript } })),
    });
  }
}

const scope = globalThis as { webkitSpeechRecognition?: unknown };

afterEach(() => {
  delete scope.webkitSpeechRecognition;
  FakeRecognition.last = undefined;
});

describe('speaking instead of typing', () => {
  it('is offered only where the browser can turn speech into text', () => {
    expect(canDictate()).toBe(false);
    expect(startDictation({ before: '', onText() {}, onError() {}, onEnd() {} })).toBeUndefined();
    scope.webkitSpeechRecognition = FakeRecognition;
    expect(canDictate()).toBe(true);
  });

  it('adds what is heard after what was written, with one space', () => {
    expect(withDictation('', '  my back  hurts ')).toBe('my back hurts');
    expect(withDictation('It started today.  ', ' no numbness')).toBe(
      'It started today. no numbness',
    );
    expect(withDictation('As written', '   ')).toBe('As written');
  });

  it('shows words still being heard, keeps the final ones, and stops on request', () => {
    scope.webkitSpeechRecognition = FakeRecognition;
    const texts: string[] = [];
    let ended = false;
    const dictation = startDictation({
      before: 'Since Monday.',
      onText: (t) => texts.push(t),
      onError: () => {},
      onEnd: () => {
        ended = true;
      },
    });
    const recognition = FakeRecognition.last;
    expect(recognition?.started).toBe(true);
    expect(recognition?.continuous).toBe(true);
    expect(recognition?.interimResults).toBe(true);
    recognition?.hear(['my back', false]);
    recognition?.hear(['my back hurts', true], [' a lot', false]);
    expect(texts).toEqual(['Since Monday. my back', 'Since Monday. my back hurts a lot']);
    dictation?.stop();
    // Words still being heard when it stopped are not kept.
    expect(texts.at(-1)).toBe('Since Monday. my back hurts');
    expect(ended).toBe(true);
  });

  it('says what went wrong in words, and nothing when stopped on purpose', () => {
    scope.webkitSpeechRecognition = FakeRecognition;
    const errors: string[] = [];
    startDictation({ before: '', onText() {}, onError: (w) => errors.push(w), onEnd() {} });
    FakeRecognition.last?.onerror?.({ error: 'not-allowed' });
    FakeRecognition.last?.abort();
    expect(errors).toEqual([dictationErrorWords('not-allowed')]);
    expect(errors[0]).toMatch(/microphone/);
    for (const code of ['no-speech', 'audio-capture', 'network', 'language-not-supported', 'x']) {
      expect(dictationErrorWords(code)).toMatch(/type instead/);
    }
  });
});

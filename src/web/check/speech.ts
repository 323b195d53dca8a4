/**
 * Speaking instead of typing, where the browser offers speech recognition: what is heard is
 * written into the same box, words still being heard shown as they come and replaced by the
 * browser's final reading. The browser turns the speech into text (some browsers send the sound to
 * their maker's online service for it); nothing goes to Unknot's server. Errors come back in words.
 */

/** The little of the Web Speech API this uses; not every TypeScript DOM library declares it. */
interface Recognition {
  continuous: boolean;
  interimResults: boolean;
  lang: string;
  onresult: ((event: RecognitionEvent) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}

interface RecognitionEvent {
  results: ArrayLike<{ isFinal: boolean; 0?: { transcript: string } }>;
}

type RecognitionConstructor = new () => Recognition;

function recognitionConstructor(): RecognitionConstructor | undefined {
  const w = globalThis as unknown as {
    SpeechRecognition?: RecognitionConstructor;
    webkitSpeechRecognition?: RecognitionConstructor;
  };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition;
}

/** Whether this browser can turn speech into text at all; the button shows only where it can. */
export function canDictate(): boolean {
  return recognitionConstructor() !== undefined;
}

/** What was written before, then what has been heard, with one space between. */
export function withDictation(before: string, heard: string): string {
  const said = heard.replace(/\s+/g, ' ').trim();
  if (said === '') return before;
  const start = before.trimEnd();
  return start === '' ? said : `${start} ${said}`;
}

/** Each error the browser reports, said as what happened and what to do. */
export function dictationErrorWords(code: string): string {
  switch (code) {
    case 'not-allowed':
    case 'service-not-allowed':
      return 'The browser did not let us use the microphone. You can type instead, or allow the microphone in the browser’s settings and try again.';
    case 'no-speech':
      return 'We did not hear anything. Press “Speak instead” and try again, or type instead.';
    case 'audio-capture':
      return 'No microphone was found. You can type instead.';
    case 'network':
      return 'This browser needs an internet connection to turn speech into text. You can type instead.';
    case 'language-not-supported':
      return 'This browser cannot turn English speech into text. You can type instead.';
    default:
      return 'Speaking did not work this time. You can try again, or type instead.';
  }
}

export interface Dictation {
  stop: () => void;
}

/**
 * Starts listening. `onText` receives the whole box each time more is heard: the text written
 * before (`before`) and everything heard since, the words still being heard at the end. `onEnd`
 * comes once listening stops, for whatever reason, after any `onError`.
 */
export function startDictation(options: {
  before: string;
  onText: (text: string) => void;
  onError: (words: string) => void;
  onEnd: () => void;
}): Dictation | undefined {
  const Constructor = recognitionConstructor();
  if (Constructor === undefined) return undefined;
  const recognition = new Constructor();
  recognition.continuous = true;
  recognition.interimResults = true;
  // The check reads English; a browser set to another English keeps its own accent.
  const lang = globalThis.navigator?.language ?? '';
  recognition.lang = lang.toLowerCase().startsWith('en') ? lang : 'en-GB';
  let final = '';
  recognition.onresult = (event) => {
    let kept = '';
    let hearing = '';
    for (let i = 0; i < event.results.length; i++) {
      const result = event.results[i];
      const transcript = result?.[0]?.transcript ?? '';
      if (result?.isFinal === true) kept += ` ${transcript}`;
      else hearing += ` ${transcript}`;
    }
    final = kept;
    options.onText(withDictation(options.before, `${kept} ${hearing}`));
  };
  recognition.onerror = (event) => {
    // Stopping on purpose reports "aborted": nothing went wrong.
    if (event.error !== 'aborted') options.onError(dictationErrorWords(event.error));
  };
  recognition.onend = () => {
    // Words still being heard when listening stopped are dropped; the final reading stays.
    options.onText(withDictation(options.before, final));
    options.onEnd();
  };
  try {
    recognition.start();
  } catch {
    options.onError(dictationErrorWords('start'));
    options.onEnd();
    return undefined;
  }
  return { stop: () => recognition.stop() };
}

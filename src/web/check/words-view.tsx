/**
 * The check's first screen: a box to say what is happening in the person's own words, typed or
 * spoken where the browser can turn speech into text, with the questions one at a time as the
 * other way in. The words are read here, in the browser, so this works offline and nothing
 * written is sent anywhere.
 */

import { type Signal, useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { CHECK_LENGTH_WORDS } from '../../core/triage/length.js';
import { MAX_TEXT_LENGTH } from '../../core/triage/text/index.js';
import { canDictate, type Dictation, startDictation } from './speech.js';

export const WORDS_EXAMPLE =
  'For example: My back went into spasm lifting a box two days ago. It’s about a 7 out of 10. No numbness, the toilet is fine, but my left leg tingles.';

interface Props {
  text: string;
  onText: (text: string) => void;
  /** The words are written: go on to what was understood. */
  onContinue: () => void;
  /** The questions one at a time instead. */
  onQuestions: () => void;
  /** The emergency number setting and the link to past checks. */
  children?: ComponentChildren;
}

const FIELD = 'check-words';
const HINT = `${FIELD}-hint`;
const ERROR = `${FIELD}-error`;
const SPEECH_STATUS = `${FIELD}-speech-status`;

function SpeakButton({
  text,
  onText,
  listening,
}: Pick<Props, 'text' | 'onText'> & { listening: Signal<boolean> }) {
  const error = useSignal('');
  const dictation = useRef<Dictation | undefined>(undefined);
  // Listening stops when the screen goes: the microphone is never left on.
  useEffect(() => () => dictation.current?.stop(), []);

  const toggle = () => {
    if (listening.value) {
      dictation.current?.stop();
      return;
    }
    error.value = '';
    dictation.current = startDictation({
      before: text,
      onText,
      onError: (words) => {
        error.value = words;
      },
      onEnd: () => {
        listening.value = false;
        dictation.current = undefined;
      },
    });
    listening.value = dictation.current !== undefined;
  };

  return (
    <div class="check-speak">
      <button
        type="button"
        class="button button-choice check-speak-button"
        aria-pressed={listening.value}
        aria-describedby={SPEECH_STATUS}
        onClick={toggle}
      >
        <span class="check-speak-dot" aria-hidden="true" />
        Speak instead
      </button>
      <p id={SPEECH_STATUS} class="check-speak-status" role="status">
        {listening.value && 'Listening. Press “Speak instead” again when you have finished.'}
      </p>
      {error.value !== '' && (
        <p class="field-error" role="alert">
          {error.value}
        </p>
      )}
      <p class="quiet check-speak-note">
        Your browser turns speech into text; Unknot’s server never receives it. Some browsers, such
        as Chrome, send the sound to their maker’s online service to do this.
      </p>
    </div>
  );
}

export function WordsView({ text, onText, onContinue, onQuestions, children }: Props) {
  const error = useSignal('');
  const listening = useSignal(false);
  const speech = canDictate();

  const submit = (event: Event) => {
    event.preventDefault();
    if (text.trim() === '') {
      error.value =
        'Please write a few words about your back first, or choose “or answer questions instead”.';
      document.getElementById(FIELD)?.focus();
      return;
    }
    error.value = '';
    onContinue();
  };

  return (
    <div class="check" data-screen="words">
      <h1 id="check-words-heading" class="check-title">
        Should I see a doctor?
      </h1>
      <div class="check-intro">
        <p>Whether you need a doctor, and how soon. It does not diagnose.</p>
        <p>
          Emergency signs come first. Tell us in your own words and we ask only what they leave
          open. If you are not sure about something, say so: we take the careful view.
        </p>
      </div>
      <form class="check-words" onSubmit={submit} noValidate>
        <label for={FIELD} class="field-label check-words-label">
          Tell us what is happening, in your own words
        </label>
        <p id={HINT} class="check-words-hint">
          {WORDS_EXAMPLE}
        </p>
        {error.value !== '' && (
          <p id={ERROR} class="field-error" role="alert">
            {error.value}
          </p>
        )}
        <textarea
          id={FIELD}
          class="check-words-box"
          rows={6}
          maxLength={MAX_TEXT_LENGTH}
          value={text}
          // While listening the box shows what is heard; typing then would be written over.
          readOnly={listening.value}
          aria-invalid={error.value !== ''}
          aria-describedby={error.value === '' ? HINT : `${ERROR} ${HINT}`}
          onInput={(e) => {
            onText((e.currentTarget as HTMLTextAreaElement).value);
            if (error.value !== '') error.value = '';
          }}
        />
        {speech && <SpeakButton text={text} onText={onText} listening={listening} />}
        <p class="quiet check-words-private">
          What you write stays on this device: it is read here, in your browser, even offline.
        </p>
        <button type="submit" class="button check-wide">
          Continue
        </button>
      </form>
      <div class="check-instead">
        <button
          type="button"
          class="button button-choice check-wide"
          aria-describedby="check-instead-length"
          onClick={onQuestions}
        >
          or answer questions instead
        </button>
        <p id="check-instead-length" class="quiet check-instead-length">
          {CHECK_LENGTH_WORDS}
        </p>
      </div>
      {children}
    </div>
  );
}

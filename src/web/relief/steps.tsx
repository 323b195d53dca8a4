/**
 * What each kind of relief step shows between its summary and the step buttons: figures, the
 * safety questions, a timer, the breathing pacer, the gentle session, or the pain relief facts
 * (who must not take a class, apart from who should ask a pharmacist first); and, under every
 * step, its cautions, where guidance differs, further reading and sources.
 */
import { useEffect, useRef } from 'preact/hooks';
import { contentById } from '../../core/content/index.js';
import { aboutMinutes } from '../../core/exercises/dose.js';
import type { ReliefStep } from '../../core/relief/schema.js';
import type { AnswerKey } from '../../core/triage/answers.js';
import { type Question, questionById } from '../../core/triage/questions.js';
import { Cautions, GuidelineNotes } from '../components/item-parts.js';
import { QuestionExamples } from '../components/question-examples.js';
import { SourceList } from '../components/sources.js';
import { itemPath } from '../routes.js';
import { BreathingPacer } from './breathing.js';
import { StillFigure } from './figure.js';
import { CHECK_PATH, gentleSessionPath } from './paths.js';
import type { SafetyAnswer } from './progress.js';
import { ReliefTimer } from './timer.js';

export type QuestionsStep = Extract<ReliefStep, { kind: 'questions' }>;
type SessionStep = Extract<ReliefStep, { kind: 'session' }>;
type MedicineStep = Extract<ReliefStep, { kind: 'medicine' }>;

function Lines({ lines }: { lines: readonly string[] }) {
  return (
    <div class="relief-body">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}

function Figures({ ids }: { ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <div class="relief-figures">
      {ids.map((id) => (
        <StillFigure key={id} id={id} />
      ))}
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// The safety questions

function questionsOf(step: QuestionsStep): Question[] {
  return step.questionIds.flatMap((id) => {
    try {
      return [questionById(id as AnswerKey)];
    } catch {
      return [];
    }
  });
}

const CHOICES: readonly { value: SafetyAnswer; label: string }[] = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
  { value: 'unsure', label: 'Not sure' },
];

function SafetyQuestions({
  step,
  answers,
  onAnswer,
}: {
  step: QuestionsStep;
  answers: Readonly<Record<string, SafetyAnswer>>;
  onAnswer: (id: string, value: SafetyAnswer) => void;
}) {
  const questions = questionsOf(step);
  const allNo = questions.length > 0 && questions.every((q) => answers[q.id] === false);
  const clear = useRef<HTMLDivElement>(null);
  const wasAllNo = useRef(allNo);
  // Bring the all-clear into view the moment the last answer makes it appear, not on a return visit.
  useEffect(() => {
    if (allNo && !wasAllNo.current) clear.current?.scrollIntoView({ block: 'center' });
    wasAllNo.current = allNo;
  }, [allNo]);
  return (
    <>
      <p>{step.body[0]}</p>
      <ol class="relief-questions">
        {questions.map((q, i) => (
          <li key={q.id}>
            <fieldset class="relief-question">
              <legend id={`relief-q-${q.id}`}>
                <span class="relief-question-number">
                  {i + 1} of {questions.length}.
                </span>{' '}
                {q.text}
              </legend>
              <QuestionExamples id={`relief-examples-${q.id}`} examples={q.examples} />
              {q.explain !== undefined && (
                <details class="relief-explain">
                  <summary>What does this mean?</summary>
                  <p>{q.explain}</p>
                </details>
              )}
              <div class="relief-answers">
                {CHOICES.map((choice) => (
                  <button
                    key={choice.label}
                    type="button"
                    class="button button-choice relief-big"
                    aria-pressed={answers[q.id] === choice.value}
                    onClick={() => onAnswer(q.id, choice.value)}
                  >
                    {choice.label}
                  </button>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div role="status" class="relief-all-clear" ref={clear}>
        {allNo ? (
          <div class="callout">
            <p>
              <strong>Good: none of these three signs.</strong> Press Next to carry on with the
              steps, or do the full check if you would like a fuller answer.
            </p>
            <p>
              <a class="more-link" href={CHECK_PATH}>
                Do the full check
              </a>
            </p>
          </div>
        ) : (
          <p>
            <a class="more-link" href={CHECK_PATH}>
              Do the full check instead
            </a>
          </p>
        )}
      </div>
      <Lines lines={step.body.slice(1)} />
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// Gentle movement

function exerciseName(id: string): string {
  return contentById(id)?.title ?? id.replace(/-/g, ' ');
}

function SessionPlan({ step }: { step: SessionStep }) {
  const minutes = aboutMinutes(step.durationSeconds);
  return (
    <>
      <Lines lines={step.body} />
      <h2>The movements</h2>
      <ol class="steps relief-exercises">
        {step.exercises.map((e) => (
          <li key={e.exerciseId}>
            <a href={itemPath(e.exerciseId)}>{exerciseName(e.exerciseId)}</a>
            <span class="quiet">
              {' '}
              · hold {e.holdSeconds} s, {e.reps} {e.reps === 1 ? 'time' : 'times'}
              {e.perSide ? ' each side' : ''}
            </span>
          </li>
        ))}
      </ol>
      <p class="quiet">About {minutes} minutes, with short rests in between.</p>
      <a
        class="button relief-big relief-link-button relief-start-session"
        href={gentleSessionPath(step.exercises)}
      >
        Start gentle session
      </a>
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// Pain relief from a pharmacy

function MedicineFacts({ step }: { step: MedicineStep }) {
  return (
    <>
      <Lines lines={step.body} />
      {step.classes.map((c) => (
        <section key={c.id} class="relief-medicine" aria-labelledby={`medicine-${c.id}`}>
          <h2 id={`medicine-${c.id}`}>{c.name}</h2>
          <p class="quiet">For example: {c.examples.join(', ')}.</p>
          <ul>
            {c.facts.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
          {c.doNotTake !== undefined && (
            <div class="callout callout-safety" role="note" aria-labelledby={`do-not-take-${c.id}`}>
              <h3 id={`do-not-take-${c.id}`} class="callout-title">
                Do not take these if
              </h3>
              <ul>
                {c.doNotTake.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          )}
          {contentById(c.link) !== undefined && (
            <p>
              <a href={itemPath(c.link)}>More about {contentById(c.link)?.title}</a>
            </p>
          )}
        </section>
      ))}
      <section class="callout callout-caution" aria-labelledby="ask-first">
        <h2 id="ask-first">Ask a pharmacist or doctor first if</h2>
        <ul>
          {step.askFirst.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// A step's own part, and what goes under it

export interface StepBodyProps {
  step: ReliefStep;
  answers: Readonly<Record<string, SafetyAnswer>>;
  onAnswer: (id: string, value: SafetyAnswer) => void;
}

/** The step's own part, with its cautions where they matter most: before the person moves on. */
export function StepBody({ step, answers, onAnswer }: StepBodyProps) {
  switch (step.kind) {
    case 'questions':
      return (
        <>
          <SafetyQuestions step={step} answers={answers} onAnswer={onAnswer} />
          <Cautions cautions={step.cautions} />
        </>
      );
    case 'timer':
      return (
        <>
          <ReliefTimer key={step.id} step={step} />
          <Cautions cautions={step.cautions} />
          <Lines lines={step.body} />
        </>
      );
    case 'breathing':
      return (
        <>
          <BreathingPacer key={step.id} step={step} />
          <Lines lines={step.body} />
          <Cautions cautions={step.cautions} />
        </>
      );
    case 'session':
      return (
        <>
          <SessionPlan step={step} />
          <Cautions cautions={step.cautions} />
        </>
      );
    case 'medicine':
      return (
        <>
          <MedicineFacts step={step} />
          <Cautions cautions={step.cautions} />
        </>
      );
    case 'info':
      return (
        <>
          <Figures ids={step.illustrations} />
          <Lines lines={step.body} />
          <Cautions cautions={step.cautions} />
        </>
      );
  }
}

export function StepMore({ step }: { step: ReliefStep }) {
  const reading = step.links
    .map((id) => contentById(id))
    .filter((item) => item !== undefined)
    .filter((item) => step.kind !== 'session' || item.kind !== 'exercise');
  return (
    <div class="relief-more">
      <GuidelineNotes notes={step.guidelineNotes} />
      {step.kind !== 'questions' &&
        step.actions.map((action) => (
          <p key={action.label}>
            <a class="button button-choice relief-big relief-link-button" href={CHECK_PATH}>
              {action.label}
            </a>
          </p>
        ))}
      {step.basis !== undefined && (
        <p class="quiet">
          <strong>Why this way:</strong> {step.basis}
        </p>
      )}
      {reading.length > 0 && (
        <section aria-labelledby={`read-${step.id}`}>
          <h2 id={`read-${step.id}`}>Read more</h2>
          <ul class="link-list">
            {reading.map((item) => (
              <li key={item.id}>
                <a href={itemPath(item.id)}>{item.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <details class="relief-sources" open={step.kind === 'medicine'}>
        <summary>Sources ({step.sources.length})</summary>
        <SourceList sources={step.sources} />
      </details>
    </div>
  );
}

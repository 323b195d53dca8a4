/**
 * A clinician's programme as the handout to print (one page where it can), the same on both
 * sides: the person prints it from their plan (programme-page.tsx, their device's doses now) and
 * the clinician from the person's page (the doses they set). Who it is from, its title and notes,
 * how often, the start and review dates, each exercise with its figure, dose, side, the
 * clinician's note and how to do it, and "Stop any exercise that hurts" with its source.
 */
import type { ComponentChildren } from 'preact';
import { S002, seed } from '../../core/content/items/refs.js';
import { aboutMinutes, sessionSeconds } from '../../core/exercises/dose.js';
import {
  fromWords,
  type Programme,
  type ProgrammeExercise,
} from '../../core/programme/programme.js';
import { InlineSources } from '../components/sources.js';
import { dayLabel } from '../dates.js';
import { ExerciseStill } from '../exercises/figure.js';
import { buildSession } from '../player/build.js';
import { dosesNote, howOften, programmeDoseWords, sideWords } from './programme-words.js';
import { programmeSteps } from './programmes.js';
import './programme.css';

/** Seed 2's tips: stop if it hurts, and check with a professional. */
const STOP_IF_IT_HURTS = [seed(2, S002.tips)];

export function ProgrammeHandout({
  programme,
  doses,
  started,
  controls,
}: {
  programme: Programme;
  /** Each exercise at the dose to print. */
  doses: ProgrammeExercise[];
  started: boolean;
  /** Print and the way back, left off the paper. */
  controls: ComponentChildren;
}) {
  const steps = programmeSteps({ doses });
  const session = buildSession(
    steps.map((s) => s.item),
    steps.map((s) => s.dose),
  );
  const minutes = aboutMinutes(sessionSeconds(session.exercises, session.transitionSeconds));
  return (
    <article class="programme-handout print-paper" data-state="ready">
      <div class="no-print">{controls}</div>
      <p class="programme-from">{fromWords(programme)}</p>
      <h1>{programme.title}</h1>
      {programme.notes !== undefined && (
        <blockquote class="programme-notes">
          <p>{programme.notes}</p>
        </blockquote>
      )}
      <dl class="facts handout-facts">
        <div>
          <dt>How often</dt>
          <dd>
            {howOften(programme)}, about {minutes} {minutes === 1 ? 'minute' : 'minutes'} each time
          </dd>
        </div>
        <div>
          <dt>{started ? 'Started' : 'Starts'}</dt>
          <dd>{dayLabel(programme.startDate)}</dd>
        </div>
        <div>
          <dt>Review</dt>
          <dd>
            {dayLabel(programme.reviewDate)}, with {programme.clinicianName}
          </dd>
        </div>
      </dl>
      <div class="callout callout-safety handout-safety">
        <p>
          <strong>Stop any exercise that hurts.</strong> Come out of it slowly, rest, and tell{' '}
          {programme.clinicianName}.
        </p>
        <InlineSources sources={STOP_IF_IT_HURTS} />
      </div>
      <p class="handout-steps-note">
        The steps say how to do each exercise. Where they give a usual range, or say to swap sides,
        follow the dose and side {programme.clinicianName} set, shown above the steps.
      </p>
      <ol class="handout-exercises">
        {steps.map(({ item, exercise }) => {
          const side = sideWords(exercise);
          const how = item.body.find((b) => b.type === 'steps');
          return (
            <li key={exercise.exerciseId} class="handout-exercise">
              <ExerciseStill figureId={item.exercise.illustration} />
              <div class="handout-head">
                <h2>{item.title}</h2>
                <p class="programme-dose">{programmeDoseWords(exercise, item)}</p>
                {side !== undefined && <p class="programme-side">{side}</p>}
                {exercise.notes !== undefined && (
                  <p class="programme-note">
                    <span class="visually-hidden">{programme.clinicianName}’s note: </span>
                    {exercise.notes}
                  </p>
                )}
              </div>
              {how !== undefined && how.type === 'steps' && (
                <ol class="handout-how">
                  {how.items.map((step, i) => (
                    <li key={i}>{step}</li>
                  ))}
                </ol>
              )}
            </li>
          );
        })}
      </ol>
      <p class="programme-doses-note">{dosesNote(programme)}</p>
    </article>
  );
}

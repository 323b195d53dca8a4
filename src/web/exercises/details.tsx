/**
 * The exercise parts of an exercise's Learn page: the moving figure and a way to start it in the
 * player, then what it is for and how to begin, with what to do instead if you are pregnant; after
 * the steps, how to breathe, when to stop, an easier and a harder way, and for a continuous
 * exercise (walking) its length in minutes.
 */
import type { ContentItem, ExercisePregnancy, ExerciseVariant } from '../../core/content/schema.js';
import { InlineSources } from '../components/sources.js';
import { duration } from '../format.js';
import { sessionPath } from '../player/path.js';
import { itemPath } from '../routes.js';
import { ExerciseFigure } from './figure.js';

/** Beside the starting position of an exercise lying on the back: the note and the other way. */
function PregnancyNote({ pregnancy }: { pregnancy: ExercisePregnancy }) {
  const { instead } = pregnancy;
  return (
    <aside class="callout callout-caution" aria-labelledby="pregnancy-heading">
      <h2 id="pregnancy-heading" class="callout-title">
        If you are pregnant
      </h2>
      <p>{pregnancy.note}</p>
      {instead !== undefined && (
        <p>
          <strong>Instead:</strong> {instead.text}
          {instead.exerciseId !== undefined && (
            <>
              {' '}
              <a href={itemPath(instead.exerciseId)}>See that exercise</a>
            </>
          )}
        </p>
      )}
      <InlineSources sources={pregnancy.sources} />
    </aside>
  );
}

/** Above the steps: figure, start, purpose, other names, starting position (and pregnancy). */
export function ExerciseIntro({ item }: { item: ContentItem }) {
  const exercise = item.exercise;
  if (exercise === undefined) return null;
  return (
    <>
      <ExerciseFigure figureId={exercise.illustration} />
      <p>
        <a class="button exercise-start" href={sessionPath([item.id])}>
          Do it now with a timer
        </a>
      </p>
      <dl class="facts exercise-facts">
        <div>
          <dt>What it is for</dt>
          <dd>{exercise.purpose}</dd>
        </div>
        {exercise.otherNames.length > 0 && (
          <div>
            <dt>Also called</dt>
            <dd>{exercise.otherNames.join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>Starting position</dt>
          <dd>{exercise.startingPosition}</dd>
        </div>
      </dl>
      {exercise.pregnancy !== undefined && <PregnancyNote pregnancy={exercise.pregnancy} />}
    </>
  );
}

function Variant({ label, variant }: { label: string; variant: ExerciseVariant }) {
  return (
    <li>
      <strong>{label}:</strong> {variant.text}
      {variant.exerciseId !== undefined && (
        <>
          {' '}
          <a href={itemPath(variant.exerciseId)}>See that exercise</a>
        </>
      )}
    </li>
  );
}

/** After the steps and dose: length (continuous exercises), breathing, when to stop, variants. */
export function ExerciseMore({ item }: { item: ContentItem }) {
  const { exercise, dose } = item;
  if (exercise === undefined) return null;
  return (
    <>
      {exercise.continuous && dose !== undefined && (
        <section aria-labelledby="length-heading" class="dose">
          <h2 id="length-heading">How long</h2>
          <dl class="facts">
            <div>
              <dt>Length</dt>
              <dd>
                {duration(dose.holdSeconds.min)} to {duration(dose.holdSeconds.max)} (start with{' '}
                {duration(dose.holdSeconds.default)})
              </dd>
            </div>
            <div>
              <dt>How often</dt>
              <dd>{dose.frequency}</dd>
            </div>
          </dl>
        </section>
      )}
      <section aria-labelledby="breathing-heading">
        <h2 id="breathing-heading">Breathing</h2>
        <p>{exercise.breathing}</p>
      </section>
      <aside class="callout callout-safety" aria-labelledby="stop-heading">
        <h2 id="stop-heading" class="callout-title">
          Stop at once if
        </h2>
        <ul>
          {exercise.whenToStop.map((sign) => (
            <li key={sign}>{sign}</li>
          ))}
        </ul>
      </aside>
      {(exercise.easier !== undefined || exercise.harder !== undefined) && (
        <section aria-labelledby="variants-heading">
          <h2 id="variants-heading">Easier or harder</h2>
          <ul class="variant-list">
            {exercise.easier !== undefined && <Variant label="Easier" variant={exercise.easier} />}
            {exercise.harder !== undefined && <Variant label="Harder" variant={exercise.harder} />}
          </ul>
        </section>
      )}
    </>
  );
}

/**
 * The guided session player at /session (its address is path.ts). Before: the list, an optional
 * pain score, the sound switches and Start (the tap that lets the page speak and chime). During: a
 * get-ready, the countdown ring, the moving figure, counters, what comes next, and big controls,
 * with "This hurts" stopping at once. After: what was done, and pain now. Time comes from the clock
 * through the core's pure player (`reduce`/`view`), so a throttled tab lands in the right place;
 * every finished or stopped session is kept on the device. A clinician's programme named in the
 * address is read from the device and run at its doses now, one side where the clinician named
 * one, and its log carries the programme's id so the clinician sees it (stops for pain included).
 */

import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { aboutMinutes } from '../../core/exercises/dose.js';
import {
  createPlayer,
  cues,
  isActive,
  isFinished,
  type PlayerEvent,
  type PlayerState,
  type PlayerView,
  placeOf,
  reduce,
  resumeAt,
  summary,
  view,
} from '../../core/player/index.js';
import { fromWords } from '../../core/programme/programme.js';
import type { PainScore } from '../../core/units.js';
import { PainScale } from '../components/pain-scale.js';
import { type ExerciseItem, exerciseById } from '../exercises/catalogue.js';
import { ExerciseFigure } from '../exercises/figure.js';
import { doseWords, duration } from '../format.js';
import { newId } from '../ids.js';
import { focusPageHeading, usePageTitle } from '../page.js';
import { itemPath, PATHS } from '../routes.js';
import { buildSession, type GivenDose } from './build.js';
import { forgetPlace, keepPlace, loadPlace } from './kept-place.js';
import { buildLog, keepLog } from './logs.js';
import { readSessionQuery, type SessionOrigin } from './path.js';
import { CountdownRing } from './ring.js';
import { DEFAULT_SETTINGS, loadSettings, type PlayerSettings, saveSettings } from './settings.js';
import { hush, play, unlock } from './sound.js';
import { screenLock } from './wake-lock.js';
import './player.css';

/** Built by the other parts of the app: the check and the relief protocol. */
const CHECK_PATH = '/check';
const SPASM_PATH = '/spasm';
const EXERCISES_PATH = '/exercises';
const TICK_MS = 250;

const PHASE_LABELS = {
  'get-ready': 'Get ready',
  hold: 'Hold',
  rest: 'Rest',
  'set-rest': 'Rest between sets',
  'next-exercise': 'Next exercise',
} as const;

function sideText(side: 1 | 2 | null): string {
  return side === 1 ? 'First side' : side === 2 ? 'Other side' : '';
}

function nextText(v: PlayerView): string {
  const n = v.next;
  if (n === null) return 'This is the last one.';
  switch (n.phase) {
    case 'hold': {
      const side = n.side === null ? '' : ` (${sideText(n.side).toLowerCase()})`;
      return `Next: hold, rep ${n.rep} of ${v.reps}${side}`;
    }
    case 'rest':
    case 'set-rest':
      return `Next: rest ${duration(n.seconds)}`;
    case 'next-exercise':
    case 'get-ready':
      return `Next: ${n.exerciseName}`;
  }
}

/** The clinician's programme a session runs: its record id, and who it is from, in words. */
interface RunningProgramme {
  id: string;
  /** "From Sam Patel, your physiotherapist". */
  from: string;
  title: string;
}

/** The player's state, the clock's latest reading, and one way in for every event. */
function usePlayer(
  items: readonly ExerciseItem[],
  doses: readonly (GivenDose | undefined)[],
  settings: { current: PlayerSettings },
) {
  const initial = useMemo(() => createPlayer(buildSession(items, doses)), [items, doses]);
  const ref = useRef<PlayerState>(initial);
  const [state, setState] = useState<PlayerState>(initial);
  const [now, setNow] = useState(() => Date.now());

  const dispatch = useCallback(
    (make: (now: number) => PlayerEvent) => {
      const t = Date.now();
      const prev = ref.current;
      const next = reduce(prev, make(t));
      if (next !== prev) {
        play(cues(prev, next), settings.current);
        ref.current = next;
        setState(next);
      }
      setNow(t);
    },
    [settings],
  );

  const running = state.status === 'running';
  useEffect(() => {
    if (!running) return;
    const tick = () => dispatch((t) => ({ type: 'tick', now: t }));
    // A throttled or sleeping tab ticks late; the clock still puts it in the right place.
    const timer = setInterval(tick, TICK_MS);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [running, dispatch]);

  /** Puts the player in a state made outside it (a resumed session). */
  const replace = useCallback((next: PlayerState) => {
    ref.current = next;
    setState(next);
    setNow(Date.now());
  }, []);

  return { state, now, dispatch, replace };
}

export function SessionPage() {
  const { query } = useLocation();
  const { exerciseIds, doses, from, programmeId } = readSessionQuery(query);
  if (programmeId !== undefined) {
    return <ProgrammeSession key={programmeId} id={programmeId} from={from} />;
  }
  return <AddressSession exerciseIds={exerciseIds} doses={doses} from={from} dose={query.dose} />;
}

/** A session made from the address: its exercises, at the doses it gives or their starting ones. */
function AddressSession({
  exerciseIds,
  doses,
  from,
  dose,
}: Omit<ReturnType<typeof readSessionQuery>, 'programmeId'> & { dose: string | undefined }) {
  const key = `${exerciseIds.join(',')}|${dose ?? ''}`;
  const [items, knownDoses] = useMemo(() => {
    // Unknown ids are left out together with their doses, so the two lists stay side by side.
    const known = exerciseIds.flatMap((id, i) => {
      const item = exerciseById(id);
      return item === undefined ? [] : [[item, doses[i]] as const];
    });
    return [known.map(([item]) => item), known.map(([, dose]) => dose)];
    // The address's text is the session's identity: the same ids and doses are the same session.
  }, [key]);
  usePageTitle('Guided session');
  if (items.length === 0) {
    return (
      <>
        <h1>Guided session</h1>
        <p>No exercises were chosen for this session.</p>
        <p>
          <a class="button player-link" href={EXERCISES_PATH}>
            Choose exercises
          </a>
        </p>
      </>
    );
  }
  return <Player key={key} sessionKey={key} items={items} doses={knownDoses} from={from} />;
}

type ProgrammeLoad =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | {
      kind: 'ready';
      programme: RunningProgramme;
      items: ExerciseItem[];
      doses: GivenDose[];
    };

/**
 * A clinician's programme, read from the device (its own chunk: only a programme's session needs
 * the programme's rules), and run at its doses now.
 */
function ProgrammeSession({ id, from }: { id: string; from: SessionOrigin | undefined }) {
  const [load, setLoad] = useState<ProgrammeLoad>({ kind: 'loading' });
  usePageTitle('Guided session');
  useEffect(() => {
    let live = true;
    void (async () => {
      const { loadProgramme, programmeSteps } = await import('../plan/programmes.js');
      const now = await loadProgramme(id);
      const steps = now === undefined ? [] : programmeSteps(now);
      if (!live) return;
      if (now === undefined || steps.length === 0) {
        setLoad({ kind: 'missing' });
        return;
      }
      setLoad({
        kind: 'ready',
        programme: { id, from: fromWords(now.programme), title: now.programme.title },
        items: steps.map((s) => s.item),
        doses: steps.map((s) => s.dose),
      });
    })().catch(() => {
      if (live) setLoad({ kind: 'missing' });
    });
    return () => {
      live = false;
    };
  }, [id]);

  if (load.kind === 'loading') {
    return (
      <h1 aria-busy="true" data-state="loading">
        Guided session
      </h1>
    );
  }
  if (load.kind === 'missing') {
    return (
      <>
        <h1>Guided session</h1>
        <p>
          This programme is not on this device. Your clinician may have ended it, or it has not
          reached this device yet.
        </p>
        <p>
          <a class="button player-link" href={PATHS.plan}>
            Back to your plan
          </a>
        </p>
      </>
    );
  }
  const key = `programme:${id}|${load.doses.map((d) => `${d.holdSeconds}-${d.reps}-${d.sets}-${d.side ?? (d.perSide ? 'each' : 'one')}`).join(',')}`;
  return (
    <Player
      key={key}
      sessionKey={key}
      items={load.items}
      doses={load.doses}
      from={from}
      programme={load.programme}
    />
  );
}

type Stage = 'before' | 'during' | 'after';

function Player({
  sessionKey,
  items,
  doses,
  from,
  programme,
}: {
  sessionKey: string;
  items: readonly ExerciseItem[];
  doses: readonly (GivenDose | undefined)[];
  from: SessionOrigin | undefined;
  programme?: RunningProgramme | undefined;
}) {
  const [settings, setSettings] = useState<PlayerSettings>(DEFAULT_SETTINGS);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const { state, now, dispatch, replace } = usePlayer(items, doses, settingsRef);
  // A session this tab was part-way through when the page went away: offered, never forced.
  const [kept, setKept] = useState(() => loadPlace(sessionKey));
  const [painBefore, setPainBefore] = useState<PainScore | undefined>(undefined);
  const [painAfter, setPainAfter] = useState<PainScore | undefined>(undefined);
  const [stopPain, setStopPain] = useState<PainScore | undefined>(undefined);
  const [saved, setSaved] = useState<'no' | 'yes' | 'failed'>('no');
  const logId = useRef<string | null>(null);
  const lock = useMemo(() => screenLock(), []);

  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => {
      if (live) setSettings(s);
    });
    return () => {
      live = false;
    };
  }, []);

  const stage: Stage = state.status === 'idle' ? 'before' : isActive(state) ? 'during' : 'after';

  // The place is kept at each new step or pause, and forgotten once the session is over.
  useEffect(() => {
    const place = placeOf(state, Date.now());
    if (place !== undefined) keepPlace(sessionKey, place);
    else if (state.status !== 'idle') forgetPlace();
  }, [sessionKey, state.stepIndex, state.status]);

  const resume = () => {
    const back = kept === undefined ? undefined : resumeAt(state.session, kept, Date.now());
    setKept(undefined);
    if (back === undefined) {
      forgetPlace();
      return;
    }
    unlock(settingsRef.current);
    replace(back);
  };

  // Each new stage is a new screen: move focus to its heading so a screen reader says where it is.
  const firstStage = useRef(true);
  useEffect(() => {
    if (firstStage.current) {
      firstStage.current = false;
      return;
    }
    focusPageHeading();
  }, [stage]);

  useEffect(() => {
    lock.want(state.status === 'running');
  }, [lock, state.status]);
  useEffect(
    () => () => {
      lock.dispose();
      hush();
    },
    [lock],
  );

  // Kept as soon as the session ends, and kept again (same id) when a pain score is added.
  const finished = isFinished(state);
  useEffect(() => {
    if (!finished) return;
    logId.current ??= newId();
    const log = buildLog(state, {
      id: logId.current,
      painBefore0to10: painBefore,
      painAfter0to10: painAfter,
      stopPain0to10: stopPain,
      programmeId: programme?.id,
    });
    void keepLog(log).then((ok) => setSaved(ok ? 'yes' : 'failed'));
  }, [finished, state, painBefore, painAfter, stopPain, programme]);

  const changeSettings = (next: PlayerSettings) => {
    setSettings(next);
    void saveSettings(next);
    if (!next.speech) hush();
  };

  const start = () => {
    // This tap is what lets the page speak and sound for the rest of the session.
    unlock(settingsRef.current);
    dispatch((t) => ({ type: 'start', now: t }));
  };

  if (stage === 'before') {
    return (
      <Before
        resumable={
          kept === undefined
            ? undefined
            : {
                onResume: resume,
                onStartAgain: () => {
                  forgetPlace();
                  setKept(undefined);
                },
              }
        }
        items={items}
        from={from}
        programme={programme}
        state={state}
        settings={settings}
        onSettings={changeSettings}
        painBefore={painBefore}
        onPainBefore={setPainBefore}
        onStart={start}
      />
    );
  }
  if (stage === 'during') {
    return (
      <During
        state={state}
        now={now}
        items={items}
        settings={settings}
        onSettings={changeSettings}
        dispatch={dispatch}
      />
    );
  }
  return (
    <After
      state={state}
      items={items}
      from={from}
      programme={programme}
      painBefore={painBefore}
      painAfter={painAfter}
      onPainAfter={setPainAfter}
      stopPain={stopPain}
      onStopPain={setStopPain}
      saved={saved}
    />
  );
}

function SoundSwitches({
  settings,
  onSettings,
}: {
  settings: PlayerSettings;
  onSettings: (s: PlayerSettings) => void;
}) {
  return (
    <fieldset class="switches">
      <legend class="visually-hidden">Sound</legend>
      <label class="switch">
        <input
          type="checkbox"
          checked={settings.speech}
          onChange={(e) => onSettings({ ...settings, speech: e.currentTarget.checked })}
        />
        Spoken cues
      </label>
      <label class="switch">
        <input
          type="checkbox"
          checked={settings.chime}
          onChange={(e) => onSettings({ ...settings, chime: e.currentTarget.checked })}
        />
        Chime
      </label>
    </fieldset>
  );
}

function Before(props: {
  /** Present when this tab was part-way through this session: resume it or start again. */
  resumable: { onResume: () => void; onStartAgain: () => void } | undefined;
  items: readonly ExerciseItem[];
  from: SessionOrigin | undefined;
  programme: RunningProgramme | undefined;
  state: PlayerState;
  settings: PlayerSettings;
  onSettings: (s: PlayerSettings) => void;
  painBefore: PainScore | undefined;
  onPainBefore: (n: PainScore) => void;
  onStart: () => void;
}) {
  const total = view(props.state, 0).sessionRemainingSeconds;
  return (
    <div class="player">
      {props.programme !== undefined && <p class="player-from">{props.programme.from}</p>}
      <h1>
        {props.programme !== undefined
          ? props.programme.title
          : props.from === 'relief'
            ? 'Gentle movement'
            : 'Guided session'}
      </h1>
      {props.resumable !== undefined && (
        <section class="callout player-resume" aria-labelledby="player-resume-title">
          <h2 id="player-resume-title" class="callout-title">
            You were part-way through this session
          </h2>
          <p>Carry on from the exercise you were on, or start from the beginning.</p>
          <div class="player-resume-buttons">
            <button type="button" class="button" onClick={props.resumable.onResume}>
              Resume where I left off
            </button>
            <button
              type="button"
              class="button button-choice"
              onClick={props.resumable.onStartAgain}
            >
              Start from the beginning
            </button>
          </div>
        </section>
      )}
      <p class="lead">
        {props.items.length === 1 ? 'One exercise' : `${props.items.length} exercises`}, about{' '}
        {aboutMinutes(total)} {aboutMinutes(total) === 1 ? 'minute' : 'minutes'}. Move gently, and
        stop if it hurts.
      </p>
      <ol class="session-list">
        {props.items.map((item, i) => {
          // What the player will run: a programme's side and dose, or the address's.
          const planned = props.state.session.exercises[i];
          return (
            <li key={item.id}>
              <a href={itemPath(item.id)}>{planned?.name ?? item.title}</a>
              {planned !== undefined && (
                <span class="session-list-dose">
                  {doseWords(planned, item.exercise.continuous)}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <PainScale
        legend="Pain now, 0 to 10 (optional)"
        value={props.painBefore}
        onChoose={props.onPainBefore}
      />
      <SoundSwitches settings={props.settings} onSettings={props.onSettings} />
      <button type="button" class="button start-button" onClick={props.onStart}>
        Start
      </button>
    </div>
  );
}

function During({
  state,
  now,
  items,
  settings,
  onSettings,
  dispatch,
}: {
  state: PlayerState;
  now: number;
  items: readonly ExerciseItem[];
  settings: PlayerSettings;
  onSettings: (s: PlayerSettings) => void;
  dispatch: (make: (now: number) => PlayerEvent) => void;
}) {
  const v = view(state, now);
  const paused = v.status === 'paused';
  const item = items[v.exerciseIndex];
  const phase = v.phase ?? 'hold';
  const label = paused ? 'Paused' : PHASE_LABELS[phase];
  const side = sideText(v.side);
  usePageTitle(`${v.exerciseName} · session`);

  const pauseOrResume = () => {
    if (paused) {
      unlock(settings);
      dispatch((t) => ({ type: 'resume', now: t }));
    } else {
      hush();
      dispatch((t) => ({ type: 'pause', now: t }));
    }
  };

  return (
    <div class={paused ? 'player player-during is-paused' : 'player player-during'}>
      <p class="player-progress">
        Exercise {v.exerciseIndex + 1} of {v.exerciseCount}
      </p>
      <h1 class="player-title">{v.exerciseName}</h1>
      <ul class="counters" aria-label="Where you are">
        <li>
          Rep {v.rep} of {v.reps}
        </li>
        <li>
          Set {v.set} of {v.sets}
        </li>
        {side !== '' && <li>{side}</li>}
      </ul>
      {item?.exercise !== undefined && (
        <ExerciseFigure figureId={item.exercise.illustration} paused={paused} compact />
      )}
      <CountdownRing
        progress={v.phaseProgress}
        seconds={v.remainingSeconds}
        label={label}
        phaseKey={state.entry}
      />
      <p class="player-say" role="status">
        {paused ? 'Paused. Resume when you are ready.' : v.say}
      </p>
      <p class="player-next">{nextText(v)}</p>
      <div class="controls">
        <button
          type="button"
          class="button control"
          onClick={() => dispatch((t) => ({ type: 'back', now: t }))}
        >
          Back
        </button>
        <button type="button" class="button control control-main" onClick={pauseOrResume}>
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button
          type="button"
          class="button control"
          disabled={!v.canAddTime}
          onClick={() => dispatch((t) => ({ type: 'addTime', now: t }))}
        >
          +10 s
        </button>
        <button
          type="button"
          class="button control"
          onClick={() => dispatch((t) => ({ type: 'skip', now: t }))}
        >
          Skip
        </button>
      </div>
      <button
        type="button"
        class="button hurts-button"
        onClick={() => {
          hush();
          dispatch((t) => ({ type: 'stopForPain', now: t }));
        }}
      >
        This hurts
      </button>
      <div class="player-foot">
        <SoundSwitches settings={settings} onSettings={onSettings} />
        <button
          type="button"
          class="button button-choice end-button"
          onClick={() => dispatch((t) => ({ type: 'end', now: t }))}
        >
          End session
        </button>
      </div>
    </div>
  );
}

function After({
  state,
  items,
  from,
  programme,
  painBefore,
  painAfter,
  onPainAfter,
  stopPain,
  onStopPain,
  saved,
}: {
  state: PlayerState;
  items: readonly ExerciseItem[];
  from: SessionOrigin | undefined;
  programme: RunningProgramme | undefined;
  painBefore: PainScore | undefined;
  painAfter: PainScore | undefined;
  onPainAfter: (n: PainScore) => void;
  stopPain: PainScore | undefined;
  onStopPain: (n: PainScore) => void;
  saved: 'no' | 'yes' | 'failed';
}) {
  const s = summary(state);
  const forPain = state.status === 'stopped' && state.stoppedForPain;
  const title = forPain ? 'Stopped' : state.status === 'done' ? 'Well done' : 'Session ended';
  usePageTitle(title);
  return (
    <div class="player player-after">
      <h1>{title}</h1>
      {forPain ? (
        <>
          <div class="callout callout-safety">
            <p>
              Come out of the position slowly and rest in whatever way is comfortable. Do not push
              through pain.
            </p>
          </div>
          <PainScale
            legend="How much does it hurt right now, 0 to 10?"
            value={stopPain}
            onChoose={onStopPain}
          />
          {stopPain !== undefined && (
            <p class="pain-noted" role="status">
              Noted: pain {stopPain} out of 10.
            </p>
          )}
          <ul class="next-steps">
            <li>
              <a class="button next-step" href={CHECK_PATH}>
                Should I see a doctor?
              </a>
            </li>
            <li>
              <a class="button button-choice next-step" href={SPASM_PATH}>
                I have a spasm now
              </a>
            </li>
          </ul>
        </>
      ) : (
        <>
          <p class="lead">
            {state.status === 'done'
              ? 'You finished the session.'
              : 'You ended the session early. That is fine: gentle and often beats hard and rare.'}
          </p>
          <PainScale
            legend="Pain now, 0 to 10 (optional)"
            value={painAfter}
            onChoose={onPainAfter}
          />
        </>
      )}
      <h2>What you did</h2>
      <ul class="done-list">
        {s.exercisesDone.map((done, i) => {
          const item = items[i];
          const planned = state.session.exercises[i];
          if (item === undefined || planned === undefined) return null;
          const each = planned.perSide ? ' each side' : '';
          const text = item.exercise.continuous
            ? done.completed
              ? `${duration(planned.holdSeconds)} done`
              : 'Not finished'
            : `${done.repsDone} of ${planned.reps * planned.sets} reps${each}`;
          return (
            <li key={item.id} class={done.completed ? 'done-item is-done' : 'done-item is-partial'}>
              <span class="done-mark" aria-hidden="true">
                {done.completed ? '✓' : '–'}
              </span>
              <span>
                <strong>{planned.name}</strong>
                <span class="done-detail">
                  {done.completed ? 'Done' : 'Not all done'}: {text}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
      <dl class="facts">
        <div>
          <dt>Time moving</dt>
          <dd>{duration(s.totalSeconds)}</dd>
        </div>
        {painBefore !== undefined && (
          <div>
            <dt>Pain before</dt>
            <dd>{painBefore} out of 10</dd>
          </div>
        )}
        {!forPain && painAfter !== undefined && (
          <div>
            <dt>Pain now</dt>
            <dd>{painAfter} out of 10</dd>
          </div>
        )}
      </dl>
      <p class="quiet" role="status">
        {saved === 'yes'
          ? 'Saved on this device.'
          : saved === 'failed'
            ? 'This session could not be saved on this device.'
            : ''}
      </p>
      <ul class="link-list">
        {from === 'relief' && (
          <li>
            <a href={SPASM_PATH}>Back to the spasm steps</a>
          </li>
        )}
        {programme !== undefined && (
          <li>
            <a href={PATHS.plan}>Back to your plan</a>
          </li>
        )}
        {from === 'plan' && programme === undefined && (
          <li>
            <a href="/">Back to today</a>
          </li>
        )}
        <li>
          <a href={EXERCISES_PATH}>All exercises and recent sessions</a>
        </li>
      </ul>
    </div>
  );
}

/**
 * The person's past checks (/check/history), kept only on this device: the date and result of
 * each, newest first, to open again or delete (one, or all, each after a confirmation), and one
 * past result shown in full (/check/history/:id).
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { DISPOSITION_INFO } from '../../core/triage/dispositions.js';
import { usePageTitle } from '../page.js';
import { checkRecordPath, PATHS } from '../routes.js';
import { deleteAllChecks, deleteCheck, listChecks, loadCheck, type PastCheck } from './history.js';
import { DISPOSITION_VIEW } from './presentation.js';
import { DispositionBadge, ResultView } from './result-view.js';
import { loadSavedRegion, region, startAgain } from './state.js';
import './check.css';

const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function when(record: PastCheck): string {
  return DATE_FORMAT.format(new Date(record.createdAt));
}

type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed' };

/** "Delete" that asks once more before it deletes; focus moves to the question and back. */
function ConfirmDelete({
  label,
  hiddenLabel,
  question,
  confirmLabel,
  keepLabel,
  onConfirm,
  wide = false,
}: {
  label: string;
  /** Words for screen readers only that make the button's name unique in a list. */
  hiddenLabel?: string;
  question: string;
  confirmLabel: string;
  keepLabel: string;
  onConfirm: () => void;
  wide?: boolean;
}) {
  const asking = useSignal(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking.value) confirmButton.current?.focus();
    else if (wasAsking.current) startButton.current?.focus();
    wasAsking.current = asking.value;
  }, [asking.value]);

  if (!asking.value) {
    return (
      <button
        ref={startButton}
        type="button"
        class={`button button-choice check-delete${wide ? ' check-wide' : ''}`}
        onClick={() => {
          asking.value = true;
        }}
      >
        {label}
        {hiddenLabel !== undefined && <span class="visually-hidden"> {hiddenLabel}</span>}
      </button>
    );
  }
  return (
    <fieldset class="check-confirm">
      <legend class="check-confirm-text">{question}</legend>
      <div class="check-confirm-buttons">
        <button ref={confirmButton} type="button" class="button check-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button
          type="button"
          class="button button-choice"
          onClick={() => {
            asking.value = false;
          }}
        >
          {keepLabel}
        </button>
      </div>
    </fieldset>
  );
}

export function CheckHistoryPage() {
  usePageTitle('Your past checks');
  const records = useSignal<Loaded<PastCheck[]>>({ state: 'loading' });
  const status = useSignal('');
  const heading = useRef<HTMLHeadingElement>(null);

  const reload = () =>
    listChecks().then(
      (value) => {
        records.value = { state: 'ready', value };
      },
      () => {
        records.value = { state: 'failed' };
      },
    );

  useEffect(() => {
    void reload();
  }, []);

  const afterDelete = async (message: string) => {
    await reload();
    status.value = message;
    heading.current?.setAttribute('tabindex', '-1');
    heading.current?.focus();
  };

  const loaded = records.value;
  return (
    <div class="check check-history" data-state={loaded.state}>
      <h1 ref={heading}>Your past checks</h1>
      <p class="quiet">
        Kept only on this device. Nobody else can see them, and you can delete them here.
      </p>
      <p class="check-status" role="status">
        {status.value}
      </p>
      {loaded.state === 'loading' && <p>Loading your past checks…</p>}
      {loaded.state === 'failed' && <p>Sorry, this device could not read your past checks.</p>}
      {loaded.state === 'ready' && loaded.value.length === 0 && (
        <p>No checks kept on this device yet.</p>
      )}
      {loaded.state === 'ready' && loaded.value.length > 0 && (
        <>
          <ul class="check-history-list">
            {loaded.value.map((record) => (
              <li key={record.id} class="check-history-item">
                <a
                  class={`check-history-open check-tone-${record.disposition}`}
                  href={checkRecordPath(record.id)}
                >
                  <span class="check-history-date">{when(record)}</span>
                  <DispositionBadge disposition={record.disposition} />
                  <span class="check-history-title">
                    {DISPOSITION_INFO[record.disposition].title}
                  </span>
                </a>
                <ConfirmDelete
                  label="Delete"
                  hiddenLabel={`the check from ${when(record)}`}
                  question={`Delete the check from ${when(record)}?`}
                  confirmLabel="Yes, delete it"
                  keepLabel="Keep it"
                  onConfirm={() => {
                    deleteCheck(record.id).then(
                      () => afterDelete('The check was deleted.'),
                      () => afterDelete('Sorry, the check could not be deleted.'),
                    );
                  }}
                />
              </li>
            ))}
          </ul>
          <ConfirmDelete
            wide
            label="Delete all past checks"
            question={`Delete all ${loaded.value.length} past checks from this device? This cannot be undone.`}
            confirmLabel="Yes, delete all"
            keepLabel="Keep them"
            onConfirm={() => {
              deleteAllChecks().then(
                () => afterDelete('All past checks were deleted.'),
                () => afterDelete('Sorry, the checks could not be deleted.'),
              );
            }}
          />
        </>
      )}
      <p class="check-controls">
        <a class="button check-wide check-link-button" href={PATHS.check}>
          Start a new check
        </a>
      </p>
    </div>
  );
}

export function CheckRecordPage() {
  const { params } = useRoute();
  const { route } = useLocation();
  const id = params.id ?? '';
  const loaded = useSignal<Loaded<PastCheck | undefined>>({ state: 'loading' });

  useEffect(() => {
    void loadSavedRegion();
    loadCheck(id).then(
      (value) => {
        loaded.value = { state: 'ready', value };
      },
      () => {
        loaded.value = { state: 'failed' };
      },
    );
  }, [id, loaded]);

  const current = loaded.value;
  const record = current.state === 'ready' ? current.value : undefined;
  usePageTitle(
    record === undefined
      ? 'Past check'
      : `Past check: ${DISPOSITION_VIEW[record.disposition].label}`,
  );

  if (current.state === 'loading') {
    return (
      <div class="check">
        <h1>Past check</h1>
        <p>Loading…</p>
      </div>
    );
  }
  if (record === undefined) {
    return (
      <div class="check">
        <h1>Past check not found</h1>
        <p>
          {current.state === 'failed'
            ? 'Sorry, this device could not read your past checks.'
            : 'This check is not kept on this device. It may have been deleted.'}
        </p>
        <p>
          <a href={PATHS.checkHistory}>See your past checks</a>
        </p>
      </div>
    );
  }
  return (
    <ResultView result={record} region={region.value} context={`Your check on ${when(record)}`}>
      <div class="check-controls">
        <a class="button check-wide check-link-button" href={PATHS.checkHistory}>
          Back to your past checks
        </a>
        <button
          type="button"
          class="button button-choice check-wide"
          onClick={() => {
            startAgain();
            route(PATHS.check);
          }}
        >
          Start a new check
        </button>
        <ConfirmDelete
          wide
          label="Delete this check"
          question="Delete this check from this device? This cannot be undone."
          confirmLabel="Yes, delete it"
          keepLabel="Keep it"
          onConfirm={() => {
            deleteCheck(record.id).then(
              () => route(PATHS.checkHistory),
              () => {},
            );
          }}
        />
      </div>
    </ResultView>
  );
}

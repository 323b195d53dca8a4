/**
 * /plan/programme/:id, a clinician's programme as a handout to print (programme-handout.tsx) at
 * the doses it runs at now. Read from the device, so it prints offline.
 */
import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { usePageTitle } from '../page.js';
import { PATHS } from '../routes.js';
import { ProgrammeHandout } from './programme-handout.js';
import { loadProgramme, type ProgrammeNow } from './programmes.js';

type State = { kind: 'loading' } | { kind: 'missing' } | { kind: 'ready'; now: ProgrammeNow };

export function ProgrammePage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    void loadProgramme(id)
      .catch(() => undefined)
      .then((now) => {
        if (live) setState(now === undefined ? { kind: 'missing' } : { kind: 'ready', now });
      });
    return () => {
      live = false;
    };
  }, [id]);

  usePageTitle(state.kind === 'ready' ? state.now.programme.title : 'Your programme');

  if (state.kind === 'loading') {
    return (
      <h1 aria-busy="true" data-state="loading">
        Your programme
      </h1>
    );
  }
  if (state.kind === 'missing') {
    return (
      <article data-state="missing">
        <h1>This programme is not on this device</h1>
        <p>
          Your clinician may have ended it, or it has not reached this device yet. Open Unknot while
          online, signed in to your account, and it arrives with your other records.
        </p>
        <p>
          <a class="more-link" href={PATHS.plan}>
            Back to your plan
          </a>
        </p>
      </article>
    );
  }
  return (
    <ProgrammeHandout
      programme={state.now.programme}
      doses={state.now.doses}
      started={state.now.started}
      controls={
        <>
          <button type="button" class="button handout-print" onClick={() => window.print()}>
            Print
          </button>
          <p>
            <a class="more-link" href={PATHS.plan}>
              Back to your plan
            </a>
          </p>
        </>
      }
    />
  );
}

/**
 * Home: what Unknot is in one line, search, the signs that need a doctor, and the ways into Learn.
 * Bundled with the shell (no content, no index) so it paints from the first, small download.
 */
import { useLocation } from 'preact-iso';
import { CHECK_LENGTH_WORDS } from '../../core/triage/length.js';
import { OverviewCards } from '../components/overview-cards.js';
import { SearchBox } from '../components/search-box.js';
import { usePageTitle } from '../page.js';
import { TodaySlot } from '../plan/today-slot.js';
import { SpasmButton } from '../relief/spasm-button.js';
import { KIND_BLURBS, kindLabel, kindPath, LEARN_ORDER, PATHS, searchPath } from '../routes.js';

export function HomePage() {
  usePageTitle('Unknot');
  const { route } = useLocation();
  return (
    <>
      <div class="hero">
        <h1>Unknot</h1>
        <p class="lead">
          Calm, sourced help to get through a back spasm and make the next one less likely.
        </p>
      </div>
      <SpasmButton />
      <ul class="cards">
        <li>
          <a class="card" href={PATHS.check}>
            <span class="card-title">Should I see a doctor?</span>
            <span class="card-text">
              Whether you need a doctor, and how soon, with emergency signs asked first.{' '}
              {CHECK_LENGTH_WORDS}
            </span>
          </a>
        </li>
        <li>
          <a class="card" href={PATHS.diary}>
            <span class="card-title">How is your back?</span>
            <span class="card-text">
              Your pain diary: a score in one tap, a chart of how it is going, and a summary for
              your physiotherapist or GP.
            </span>
          </a>
        </li>
      </ul>
      <TodaySlot />
      <SearchBox limit={5} onSubmit={(q) => route(searchPath(q))} />

      <section aria-labelledby="home-doctor" class="callout callout-safety">
        <h2 id="home-doctor">Could it be serious?</h2>
        <p>
          A few signs mean you should get medical help rather than wait it out.{' '}
          <a href={kindPath('warning_sign')}>See the signs that need a doctor</a>
        </p>
      </section>

      <section aria-labelledby="home-move">
        <h2 id="home-move">Move</h2>
        <ul class="cards">
          <li>
            <a class="card" href={PATHS.exercises}>
              <span class="card-title">Exercises</span>
              <span class="card-text">
                Gentle stretches with moving figures, and a timed session that talks you through.
              </span>
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="home-learn">
        <h2 id="home-learn">Learn</h2>
        <ul class="cards">
          {LEARN_ORDER.filter((k) => k !== 'warning_sign').map((kind) => (
            <li key={kind}>
              <a class="card" href={kindPath(kind)}>
                <span class="card-title">{kindLabel(kind)}</span>
                <span class="card-text">{KIND_BLURBS[kind]}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="home-weigh">
        <h2 id="home-weigh">Weigh up your options</h2>
        <OverviewCards />
      </section>
    </>
  );
}

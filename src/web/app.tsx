/**
 * The app shell every page shares: skip link, header, the routed page and the footer with the
 * line every page must show. Pages other than Home load as their own chunks.
 */

import { ErrorBoundary, LocationProvider, lazy, Route, Router } from 'preact-iso';
import { MainNav } from './components/main-nav.js';
import { focusPageHeading } from './page.js';
import { HomePage } from './pages/home-page.js';
import { PlanReminder } from './plan/reminder-slot.js';
import { TimerBanner } from './relief/timer-banner.js';
import { PATHS } from './routes.js';
import { SyncBadge } from './sync/badge.js';

const LearnPage = lazy(() => import('./learn/learn-page.js').then((m) => m.LearnPage));
const KindPage = lazy(() => import('./learn/kind-page.js').then((m) => m.KindPage));
const ItemPage = lazy(() => import('./learn/item-page.js').then((m) => m.ItemPage));
const ComparePage = lazy(() => import('./learn/compare-page.js').then((m) => m.ComparePage));
const StretchingPage = lazy(() =>
  import('./learn/stretching-page.js').then((m) => m.StretchingPage),
);
const SearchPage = lazy(() => import('./learn/search-page.js').then((m) => m.SearchPage));
const NotFoundPage = lazy(() => import('./pages/not-found-page.js').then((m) => m.NotFoundPage));
const SpasmPage = lazy(() => import('./relief/spasm-page.js').then((m) => m.SpasmPage));
const ExercisesPage = lazy(() =>
  import('./exercises/library-page.js').then((m) => m.ExercisesPage),
);
const SessionPage = lazy(() => import('./player/session-page.js').then((m) => m.SessionPage));
const CheckPage = lazy(() => import('./check/check-page.js').then((m) => m.CheckPage));
const CheckHistoryPage = lazy(() =>
  import('./check/history-page.js').then((m) => m.CheckHistoryPage),
);
const CheckRecordPage = lazy(() =>
  import('./check/history-page.js').then((m) => m.CheckRecordPage),
);
const PlanPage = lazy(() => import('./plan/plan-page.js').then((m) => m.PlanPage));
const PlanProfilePage = lazy(() => import('./plan/profile-page.js').then((m) => m.PlanProfilePage));
const DiaryPage = lazy(() => import('./diary/diary-page.js').then((m) => m.DiaryPage));
const DiaryReportPage = lazy(() => import('./diary/report-page.js').then((m) => m.DiaryReportPage));
const AccountPage = lazy(() => import('./account/account-page.js').then((m) => m.AccountPage));
const SharingPage = lazy(() => import('./sharing/sharing-page.js').then((m) => m.SharingPage));
const ProgrammePage = lazy(() => import('./plan/programme-page.js').then((m) => m.ProgrammePage));
const ClinicianPage = lazy(() =>
  import('./clinician/people-page.js').then((m) => m.ClinicianPeoplePage),
);
const ClinicianPersonPage = lazy(() =>
  import('./clinician/person-page.js').then((m) => m.ClinicianPersonPage),
);
const ClinicianSetupPage = lazy(() =>
  import('./clinician/setup-page.js').then((m) => m.ClinicianSetupPage),
);

export const DISCLAIMER = 'General information, not a substitute for professional care.';

function Header() {
  return (
    <header class="site-header">
      <div class="wrap header-row">
        <a class="brand" href={PATHS.home}>
          <img src="/icons/icon.svg" alt="" width="32" height="32" />
          <span>Unknot</span>
        </a>
        <SyncBadge />
        <MainNav />
      </div>
    </header>
  );
}

function Footer() {
  return (
    <footer class="site-footer">
      <div class="wrap">
        <p class="disclaimer">{DISCLAIMER}</p>
        <p>
          If you are worried it could be serious, read{' '}
          <a href="/learn/when-to-see-a-doctor">when to see a doctor</a>. In an emergency, call your
          local emergency number.
        </p>
      </div>
    </footer>
  );
}

export function App() {
  return (
    <LocationProvider>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <main id="main" tabIndex={-1} class="wrap">
        <TimerBanner />
        <PlanReminder />
        <ErrorBoundary>
          <Router onRouteChange={focusPageHeading}>
            <Route path={PATHS.home} component={HomePage} />
            <Route path={PATHS.learn} component={LearnPage} />
            <Route path="/learn/:kind" component={KindPage} />
            <Route path="/topic/:id" component={ItemPage} />
            <Route path={PATHS.compare} component={ComparePage} />
            <Route path={PATHS.stretching} component={StretchingPage} />
            <Route path={PATHS.search} component={SearchPage} />
            <Route path={PATHS.exercises} component={ExercisesPage} />
            <Route path={PATHS.session} component={SessionPage} />
            <Route path={PATHS.check} component={CheckPage} />
            <Route path={PATHS.checkHistory} component={CheckHistoryPage} />
            <Route path="/check/history/:id" component={CheckRecordPage} />
            <Route path={PATHS.spasm} component={SpasmPage} />
            <Route path={PATHS.plan} component={PlanPage} />
            <Route path={PATHS.planProfile} component={PlanProfilePage} />
            <Route path={PATHS.diary} component={DiaryPage} />
            <Route path={PATHS.diaryReport} component={DiaryReportPage} />
            <Route path={PATHS.account} component={AccountPage} />
            <Route path={PATHS.sharing} component={SharingPage} />
            <Route path="/plan/programme/:id" component={ProgrammePage} />
            <Route path={PATHS.clinician} component={ClinicianPage} />
            <Route path={PATHS.clinicianSetup} component={ClinicianSetupPage} />
            <Route path="/clinician/people/:id" component={ClinicianPersonPage} />
            <Route default component={NotFoundPage} />
          </Router>
        </ErrorBoundary>
      </main>
      <Footer />
    </LocationProvider>
  );
}

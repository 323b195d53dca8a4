/**
 * The one-page summary for a physiotherapist or GP, made to print on A4 (or save as a PDF from the
 * print dialog): the dates, the current or last episode, the chart and its sentence, what helped,
 * sessions done against planned, the check's results, the current plan, and what the escalation
 * rules say now, each with its source. Two minutes of facts, not a story. The facts are
 * report-body.tsx's, which the clinician's summary of a person shares.
 */
import { useEffect, useState } from 'preact/hooks';
import { usePageTitle } from '../page.js';
import { PATHS } from '../routes.js';
import { type DiaryOverview, loadOverview } from './overview.js';
import { ReportBody } from './report-body.js';
import './diary.css';

export function DiaryReportPage() {
  usePageTitle('Pain diary summary');
  const [data, setData] = useState<DiaryOverview | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loadOverview()
      .then(setData)
      .catch(() => setFailed(true));
  }, []);

  if (failed) return <h1>The diary could not be read on this device</h1>;
  if (data === undefined) return <h1 aria-busy="true">Pain diary summary</h1>;

  return (
    <article class="diary-report">
      <p class="no-print report-controls">
        <button type="button" class="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>{' '}
        <a href={PATHS.diary}>Back to the diary</a>
      </p>
      <h1>Back pain diary: summary</h1>
      <ReportBody data={data} where="on this device" />
      <p class="quiet">
        The person kept this diary on their own device. General information, not a substitute for
        professional care.
      </p>
    </article>
  );
}

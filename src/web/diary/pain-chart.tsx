/**
 * The course of the pain as a chart: each day's worst score, episodes shaded, days with an
 * exercise session marked. Drawn as SVG from core's geometry (course.ts): it prints crisply, takes
 * the page's colours in light and dark, and costs a few hundred bytes where a charting library
 * costs tens of kilobytes. A screen reader hears the sentence instead; the table shows the same
 * days as numbers.
 */
import { useState } from 'preact/hooks';
import { courseSentence, painChart } from '../../core/diary/course.js';
import type { DayScore, Episode } from '../../core/diary/episodes.js';
import { shortDate } from '../dates.js';

export function PainChart({
  days,
  episodes,
  sessionDates,
  from,
  to,
  idPrefix,
}: {
  days: readonly DayScore[];
  episodes: readonly Episode[];
  sessionDates: readonly string[];
  from: string;
  to: string;
  idPrefix: string;
}) {
  const [table, setTable] = useState(false);
  const chart = painChart({ days, episodes, sessionDates, from, to });
  const shown = days.filter((d) => d.date >= from && d.date <= to);
  const sentence = courseSentence(shown);
  const { box } = chart;
  const sessionDays = new Set(chart.sessions.map((s) => s.date));
  return (
    <figure class="pain-chart" aria-labelledby={`${idPrefix}-caption`}>
      <figcaption id={`${idPrefix}-caption`}>
        <strong>{sentence}</strong>{' '}
        <span class="quiet">
          {shortDate(from)} to {shortDate(to)}. Shaded: an episode of pain. Marks along the bottom:
          days with an exercise session.
        </span>
      </figcaption>
      {!table && (
        <svg
          class="pain-chart-svg"
          viewBox={`0 0 ${box.width} ${box.height}`}
          role="img"
          aria-label={sentence}
        >
          {chart.bands.map((b) => (
            <rect
              key={b.start}
              class="chart-band"
              x={b.x}
              y={box.top}
              width={b.width}
              height={box.height - box.top - box.bottom}
            />
          ))}
          {chart.yTicks.map((t) => (
            <g key={t.label}>
              <line class="chart-grid" x1={box.left} x2={box.width - box.right} y1={t.y} y2={t.y} />
              <text class="chart-label" x={box.left - 6} y={t.y + 4} text-anchor="end">
                {t.label}
              </text>
            </g>
          ))}
          {chart.xTicks.map((t, i) => (
            <text
              key={t.label}
              class="chart-label"
              x={t.x}
              y={box.height - 6}
              text-anchor={i === 0 ? 'start' : i === chart.xTicks.length - 1 ? 'end' : 'middle'}
            >
              {shortDate(t.label)}
            </text>
          ))}
          <path class="chart-line" d={chart.line} />
          {chart.points.map((p) => (
            <circle key={p.date} class="chart-point" cx={p.x} cy={p.y} r={3.5} />
          ))}
          {chart.sessions.map((s) => (
            <rect
              key={s.date}
              class="chart-session"
              x={s.x - 2}
              y={box.height - box.bottom - 6}
              width={4}
              height={6}
            />
          ))}
        </svg>
      )}
      {table && (
        <table class="pain-table">
          <caption class="visually-hidden">Worst pain each day, 0 to 10</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Worst pain</th>
            </tr>
          </thead>
          <tbody>
            {[...shown].reverse().map((d) => (
              <tr key={d.date}>
                <th scope="row">
                  {shortDate(d.date)}
                  {sessionDays.has(d.date) && <span class="quiet"> · exercise session</span>}
                </th>
                <td>{d.worst}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="no-print">
        <button type="button" class="button button-choice" onClick={() => setTable((t) => !t)}>
          {table ? 'Show the chart' : 'Show as a table'}
        </button>
      </p>
    </figure>
  );
}

/**
 * Treatments compared: what each helps with, what to watch for, and how good the evidence is.
 * A phone shows one card per treatment (easier to read one-handed than a table scrolled
 * sideways); a wider screen shows the same facts side by side in a table. CSS shows one of the two,
 * and the hidden one is hidden from screen readers too.
 */
import { EVIDENCE_LABELS } from '../../core/content/constants.js';
import { CONTENT } from '../../core/content/index.js';
import type { ContentItem } from '../../core/content/schema.js';
import { usePageTitle } from '../page.js';
import { itemPath, kindPath, PATHS } from '../routes.js';

function BulletList({ items, empty }: { items: readonly string[]; empty: string }) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul>
      {items.map((text) => (
        <li key={text}>{text}</li>
      ))}
    </ul>
  );
}

function EvidenceCell({ item }: { item: ContentItem }) {
  if (item.evidence === undefined) return <p>Not rated.</p>;
  return (
    <>
      <p>
        <span class={`badge evidence-${item.evidence.level}`}>
          {EVIDENCE_LABELS[item.evidence.level]}
        </span>
      </p>
      <p>{item.evidence.summary}</p>
    </>
  );
}

export function ComparePage() {
  usePageTitle('Compare treatments');
  const treatments = CONTENT.filter((item) => item.kind === 'treatment');
  return (
    <>
      <nav aria-label="Breadcrumb" class="breadcrumb">
        <a href={PATHS.learn}>Learn</a> <span aria-hidden="true">›</span>{' '}
        <a href={kindPath('treatment')}>Treatments</a>
      </nav>
      <h1>Compare treatments</h1>
      <p class="lead">
        What each option can help with, what to watch for, and how strong the evidence is. Open a
        treatment for its sources and details.
      </p>

      <ul class="compare-cards">
        {treatments.map((t) => (
          <li key={t.id} class="compare-card">
            <h2>
              <a href={itemPath(t.id)}>{t.title}</a>
            </h2>
            <h3>Benefits</h3>
            <BulletList items={t.benefits ?? []} empty="None listed." />
            <h3>Cautions</h3>
            <BulletList items={t.cautions} empty="None noted." />
            <h3>Evidence</h3>
            <EvidenceCell item={t} />
          </li>
        ))}
      </ul>

      <div class="compare-table">
        <table class="compare">
          <caption>Treatment options for back spasms</caption>
          <thead>
            <tr>
              <th scope="col">Treatment</th>
              <th scope="col">Benefits</th>
              <th scope="col">Cautions</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {treatments.map((t) => (
              <tr key={t.id}>
                <th scope="row">
                  <a href={itemPath(t.id)}>{t.title}</a>
                </th>
                <td>
                  <BulletList items={t.benefits ?? []} empty="None listed." />
                </td>
                <td>
                  <BulletList items={t.cautions} empty="None noted." />
                </td>
                <td>
                  <EvidenceCell item={t} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * One content item: title, summary, what the person should know first (urgency, cautions, where
 * guidance has moved on), the body, the item's own facts (dose, benefits, evidence, pros and cons),
 * related reading, every source, and "Was this helpful?".
 */
import { useRoute } from 'preact-iso';
import { contentById } from '../../core/content/index.js';
import {
  Benefits,
  Cautions,
  Dose,
  EvidenceSummary,
  GuidelineNotes,
  ProsCons,
  UrgencyBanner,
} from '../components/item-parts.js';
import { allSources, SourceList } from '../components/sources.js';
import { ExerciseIntro, ExerciseMore } from '../exercises/details.js';
import { usePageTitle } from '../page.js';
import { NotFoundPage } from '../pages/not-found-page.js';
import { itemPath, kindLabel, kindPath, PATHS } from '../routes.js';
import { Body } from './blocks.js';
import { Feedback } from './helpful.js';

export function ItemPage() {
  const { params } = useRoute();
  const item = contentById(params.id ?? '');
  usePageTitle(item?.title ?? 'Page not found');
  if (item === undefined) return <NotFoundPage />;

  const related = item.related.map((id) => contentById(id)).filter((r) => r !== undefined);
  const sources = allSources([
    item.sources,
    item.evidence?.sources ?? [],
    ...item.guidelineNotes.map((n) => n.sources),
  ]);

  return (
    <article class="item">
      <nav aria-label="Breadcrumb" class="breadcrumb">
        {item.kind === 'exercise' ? (
          // The library is where exercises are chosen for a session, so it is their way back.
          <a href={kindPath(item.kind)}>All exercises</a>
        ) : (
          <>
            <a href={PATHS.learn}>Learn</a> <span aria-hidden="true">›</span>{' '}
            <a href={kindPath(item.kind)}>{kindLabel(item.kind)}</a>
          </>
        )}
      </nav>
      <h1>{item.title}</h1>
      <p class="lead">{item.summary}</p>
      {item.urgency !== undefined && <UrgencyBanner urgency={item.urgency} />}
      {item.kind === 'exercise' && <ExerciseIntro item={item} />}
      <Cautions cautions={item.cautions} />
      <Body blocks={item.body} />
      {item.dose !== undefined && item.exercise?.continuous !== true && <Dose dose={item.dose} />}
      {item.kind === 'exercise' && <ExerciseMore item={item} />}
      <GuidelineNotes notes={item.guidelineNotes} />
      {item.benefits !== undefined && item.benefits.length > 0 && (
        <Benefits benefits={item.benefits} />
      )}
      {item.evidence !== undefined && <EvidenceSummary evidence={item.evidence} />}
      <ProsCons pros={item.pros} cons={item.cons} />
      {related.length > 0 && (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">Read next</h2>
          <ul class="link-list">
            {related.map((r) => (
              <li key={r.id}>
                <a href={itemPath(r.id)}>{r.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="sources-heading" class="sources-section">
        <h2 id="sources-heading">Sources</h2>
        <SourceList sources={sources} />
      </section>
      <Feedback key={item.id} contentId={item.id} />
    </article>
  );
}

/**
 * One kind of content (/learn/causes, /learn/when-to-see-a-doctor, …): its topics with their
 * summaries. Signs that need a doctor are listed most urgent first.
 */
import { useEffect } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { URGENCIES } from '../../core/content/constants.js';
import { CONTENT } from '../../core/content/index.js';
import type { ContentItem } from '../../core/content/schema.js';
import { usePageTitle } from '../page.js';
import { NotFoundPage } from '../pages/not-found-page.js';
import { itemPath, KIND_BLURBS, kindFromSlug, kindLabel, kindPath, PATHS } from '../routes.js';

const URGENCY_BADGES = {
  emergency: 'Emergency',
  urgent: 'Urgent',
  soon: 'See a doctor soon',
} as const;

function urgencyRank(item: ContentItem): number {
  return item.urgency === undefined ? URGENCIES.length : URGENCIES.indexOf(item.urgency);
}

export function KindPage() {
  const { params } = useRoute();
  const { route } = useLocation();
  const kind = kindFromSlug(params.kind);
  usePageTitle(kind === undefined ? 'Page not found' : kindLabel(kind));
  // /learn/exercises from an old link or bookmark: the one exercises page is the library.
  const moved = kind !== undefined && kindPath(kind) !== `/learn/${params.kind}`;
  useEffect(() => {
    if (moved && kind !== undefined) route(kindPath(kind), true);
  }, [moved, kind, route]);
  if (kind === undefined) return <NotFoundPage />;
  if (moved) return null;

  const items = CONTENT.filter((item) => item.kind === kind);
  if (kind === 'warning_sign') items.sort((a, b) => urgencyRank(a) - urgencyRank(b));

  return (
    <>
      <nav aria-label="Breadcrumb" class="breadcrumb">
        <a href={PATHS.learn}>Learn</a>
      </nav>
      <h1>{kindLabel(kind)}</h1>
      <p class="lead">{KIND_BLURBS[kind]}</p>
      {kind === 'warning_sign' && (
        <p class="callout callout-safety">
          If you have any sign marked Emergency, get help now: call your local emergency number.
        </p>
      )}
      {kind === 'treatment' && (
        <p>
          <a class="more-link" href={PATHS.compare}>
            Compare all treatments side by side
          </a>
        </p>
      )}
      {items.length === 0 ? (
        <p>Nothing here yet.</p>
      ) : (
        <ul class="topic-list">
          {items.map((item) => (
            <li key={item.id}>
              <a class="topic" href={itemPath(item.id)}>
                <span class="topic-title">{item.title}</span>
                {item.urgency !== undefined && (
                  <span class={`badge urgency-badge-${item.urgency}`}>
                    {URGENCY_BADGES[item.urgency]}
                  </span>
                )}
                <span class="topic-summary">{item.summary}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

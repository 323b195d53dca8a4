/**
 * Stretching weighed up: the pros and cons the content records, each with its sources, and the
 * stretches themselves one tap away.
 */
import { CONTENT } from '../../core/content/index.js';
import { ProsCons } from '../components/item-parts.js';
import { InlineSources } from '../components/sources.js';
import { usePageTitle } from '../page.js';
import { itemPath, kindPath, PATHS } from '../routes.js';
import { Body } from './blocks.js';

export function StretchingPage() {
  usePageTitle('Stretching: pros and cons');
  const weighed = CONTENT.filter(
    (item) => (item.pros?.length ?? 0) > 0 || (item.cons?.length ?? 0) > 0,
  );
  const stretches = CONTENT.filter(
    (item) =>
      item.kind === 'exercise' && /stretch/i.test(`${item.title} ${item.aliases.join(' ')}`),
  );
  const safely = CONTENT.find((item) => /stretch/i.test(item.title) && /safe/i.test(item.title));
  const more = CONTENT.filter(
    (item) =>
      item.kind !== 'exercise' &&
      item !== safely &&
      !weighed.includes(item) &&
      /stretch/i.test(item.title),
  );
  return (
    <>
      <nav aria-label="Breadcrumb" class="breadcrumb">
        <a href={PATHS.learn}>Learn</a>
      </nav>
      <h1>Stretching: pros and cons</h1>
      <p class="lead">
        Gentle stretching helps many people, but not every time and not every way. Here are both
        sides.
      </p>
      {weighed.length === 0 && <p>Nothing here yet.</p>}
      {weighed.map((item) => (
        <section key={item.id} aria-labelledby={`weigh-${item.id}`} class="weigh">
          <h2 id={`weigh-${item.id}`}>
            <a href={itemPath(item.id)}>{item.title}</a>
          </h2>
          <p>{item.summary}</p>
          <ProsCons pros={item.pros} cons={item.cons} headingLevel={3} />
          <InlineSources sources={item.sources} />
        </section>
      ))}
      {safely !== undefined && (
        <section aria-labelledby="stretch-safely" class="weigh">
          <h2 id="stretch-safely">
            <a href={itemPath(safely.id)}>{safely.title}</a>
          </h2>
          <p>{safely.summary}</p>
          <Body blocks={safely.body} />
          <InlineSources sources={safely.sources} />
        </section>
      )}
      {more.length > 0 && (
        <section aria-labelledby="stretch-more">
          <h2 id="stretch-more">More on stretching</h2>
          <ul class="link-list">
            {more.map((item) => (
              <li key={item.id}>
                <a href={itemPath(item.id)}>{item.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="stretch-list">
        <h2 id="stretch-list">Stretches to try</h2>
        {stretches.length > 0 && (
          <ul class="link-list">
            {stretches.map((item) => (
              <li key={item.id}>
                <a href={itemPath(item.id)}>{item.title}</a>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a class="more-link" href={kindPath('exercise')}>
            All exercises, step by step
          </a>
        </p>
      </section>
    </>
  );
}

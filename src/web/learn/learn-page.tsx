/** Learn: every kind of content with how many topics it holds, and the two overview pages. */
import { CONTENT } from '../../core/content/index.js';
import { OverviewCards } from '../components/overview-cards.js';
import { usePageTitle } from '../page.js';
import { KIND_BLURBS, kindLabel, kindPath, LEARN_ORDER } from '../routes.js';

export function LearnPage() {
  usePageTitle('Learn');
  return (
    <>
      <h1>Learn</h1>
      <p class="lead">
        Plain answers about back spasms. Every page names the article or clinical guideline it rests
        on.
      </p>
      <ul class="cards">
        {LEARN_ORDER.map((kind) => {
          const count = CONTENT.filter((item) => item.kind === kind).length;
          return (
            <li key={kind}>
              <a class="card" href={kindPath(kind)}>
                <span class="card-title">{kindLabel(kind)}</span>
                <span class="card-text">{KIND_BLURBS[kind]}</span>
                <span class="card-meta">{count === 1 ? '1 topic' : `${count} topics`}</span>
              </a>
            </li>
          );
        })}
      </ul>
      <h2>Overviews</h2>
      <OverviewCards />
    </>
  );
}

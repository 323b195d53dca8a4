/**
 * How a source is shown: its label from `sourceLabel`, and for a public guideline a link to read
 * it. Every piece of advice on a page names where it comes from.
 */
import type { Source } from '../../core/content/schema.js';
import { GUIDELINES, sourceLabel } from '../../core/content/sources.js';

function GuidelineLink({ source }: { source: Source }) {
  if (source.type !== 'guideline') return null;
  const { url, publisher } = GUIDELINES[source.id];
  return (
    <>
      {' '}
      <a href={url} rel="noopener" class="source-link">
        Read it at {publisher} ({new URL(url).hostname.replace(/^www\./, '')})
      </a>
    </>
  );
}

export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ol class="sources">
      {sources.map((source) => (
        <li key={sourceLabel(source)}>
          {sourceLabel(source)}
          <GuidelineLink source={source} />
        </li>
      ))}
    </ol>
  );
}

/**
 * The sources under a single statement (evidence, guideline notes, pros and cons): one shown in
 * full, several folded into a "Sources (n)" disclosure so the advice stays readable.
 */
export function InlineSources({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 1 && sources[0] !== undefined) {
    return (
      <p class="inline-sources">
        Source: {sourceLabel(sources[0])}
        <GuidelineLink source={sources[0]} />
      </p>
    );
  }
  return (
    <details class="inline-sources">
      <summary>Sources ({sources.length})</summary>
      <SourceList sources={sources} />
    </details>
  );
}

/** Every source an item rests on, once each: its own, its evidence's and its guideline notes'. */
export function allSources(groups: readonly (readonly Source[])[]): Source[] {
  const seen = new Map<string, Source>();
  for (const group of groups) {
    for (const source of group) {
      const label = sourceLabel(source);
      if (!seen.has(label)) seen.set(label, source);
    }
  }
  return [...seen.values()];
}

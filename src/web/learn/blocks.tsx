/** An item's body: paragraphs, bullet lists and numbered steps, as the content schema defines them. */
import type { Block } from '../../core/content/schema.js';

export function Body({ blocks }: { blocks: readonly Block[] }) {
  return (
    <div class="prose">
      {blocks.map((block, i) => {
        const key = `${block.type}-${i}`;
        if (block.type === 'paragraph') return <p key={key}>{block.text}</p>;
        if (block.type === 'steps') {
          return (
            <ol key={key} class="steps">
              {block.items.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          );
        }
        return (
          <ul key={key}>
            {block.items.map((entry) => (
              <li key={entry}>{entry}</li>
            ))}
          </ul>
        );
      })}
    </div>
  );
}

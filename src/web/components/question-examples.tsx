/**
 * What counts for a question, in everyday words, as a short list under it: shown, not folded away,
 * because these are the words people recognise (the check and "I have a spasm now" share it).
 */
import './question-examples.css';

export function QuestionExamples({
  id,
  examples,
}: {
  id: string;
  examples: readonly string[] | undefined;
}) {
  if (examples === undefined || examples.length === 0) return null;
  return (
    <ul id={id} class="question-examples">
      {examples.map((example) => (
        <li key={example}>{example}</li>
      ))}
    </ul>
  );
}

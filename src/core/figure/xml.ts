/**
 * A small well-formedness check for the SVG this module writes, so tests in Node can tell a
 * broken drawing from a good one without a DOM: tags balance, attributes are quoted and unique,
 * numbers are finite.
 */

/** Attributes whose values must be numbers (or lists of numbers) in the figure's SVG. */
const NUMERIC = new Set([
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'width',
  'height',
  'stroke-width',
  'opacity',
  'font-size',
]);

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
}

/** Problems found in `xml`; an empty list means well formed. Also lists the elements it saw. */
export function checkXml(xml: string): { problems: string[]; elements: XmlElement[] } {
  const problems: string[] = [];
  const elements: XmlElement[] = [];
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/y;
  const attr = /\s+([\w:-]+)="([^"<]*)"/g;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (/[<>]/.test(text) || /&(?!amp;|lt;|gt;|quot;|#\d+;)/.test(text)) {
      problems.push(`bad text at ${i}: ${text.slice(0, 30)}`);
    }
    if (stack.length === 0 && text.trim().length > 0) problems.push('text outside the root');
    if (lt === -1) break;
    tag.lastIndex = lt;
    const m = tag.exec(xml);
    if (m === null) {
      problems.push(`malformed tag at ${lt}: ${xml.slice(lt, lt + 40)}`);
      break;
    }
    const [whole, closing, name = '', rawAttrs = '', selfClosing] = m;
    if (closing === '/') {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
    } else {
      if (stack.length === 0 && elements.length > 0) problems.push('more than one root');
      const attrs: Record<string, string> = {};
      for (const a of rawAttrs.matchAll(attr)) {
        const [, key = '', value = ''] = a;
        if (key in attrs) problems.push(`<${name}> repeats ${key}`);
        attrs[key] = value;
        if (/NaN|Infinity|undefined/.test(value)) problems.push(`<${name} ${key}="${value}">`);
        if (NUMERIC.has(key) && !Number.isFinite(Number(value))) {
          problems.push(`<${name} ${key}="${value}"> is not a number`);
        }
      }
      elements.push({ name, attrs });
      if (selfClosing !== '/') stack.push(name);
    }
    i = lt + whole.length;
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  if (elements.length === 0) problems.push('no elements');
  return { problems, elements };
}

/** The numbers in a path's `d` (the figure writes only M, L and Q with absolute coordinates). */
export function pathNumbers(d: string): number[] {
  if (!/^[MLQ0-9.\s-]+$/.test(d)) return [Number.NaN];
  return (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
}

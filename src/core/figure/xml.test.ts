import { describe, expect, it } from 'vitest';
import { checkXml, pathNumbers } from './xml.js';

describe('checkXml', () => {
  it('accepts balanced, quoted markup', () => {
    const r = checkXml(
      '<svg viewBox="0 0 1 1"><title>a &amp; b</title><g><path d="M0 0L1 1"/></g></svg>',
    );
    expect(r.problems).toEqual([]);
    expect(r.elements.map((e) => e.name)).toEqual(['svg', 'title', 'g', 'path']);
  });

  it('catches unbalanced tags, NaN and bare ampersands', () => {
    expect(checkXml('<svg><g></svg>').problems.length).toBeGreaterThan(0);
    expect(checkXml('<svg><circle r="NaN"/></svg>').problems.length).toBeGreaterThan(0);
    expect(checkXml('<svg><title>a & b</title></svg>').problems.length).toBeGreaterThan(0);
    expect(checkXml('<svg><rect x="a"/></svg>').problems.length).toBeGreaterThan(0);
  });

  it('reads the numbers of a path and refuses anything else', () => {
    expect(pathNumbers('M1 2L-3.5 4Q5 6 7 8')).toEqual([1, 2, -3.5, 4, 5, 6, 7, 8]);
    expect(pathNumbers('M1 NaNL2 3').some(Number.isNaN)).toBe(true);
  });
});

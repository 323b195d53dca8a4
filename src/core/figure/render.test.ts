import { describe, expect, it } from 'vitest';
import type { Keyframe } from './animate.js';
import { ground, STANDING } from './pose.js';
import { framePaths, renderKeyPositions, renderSvg, wrapCaption } from './render.js';
import { checkXml } from './xml.js';

const bow = ground({ ...STANDING, lean: 50, spine: 30 });

describe('framePaths', () => {
  it('draws the far side first and faded, then the body, then the near side', () => {
    const groups = framePaths(STANDING, { props: ['mat'] });
    expect(groups.map((g) => g.key)).toEqual(['scene', 'far', 'body', 'near', 'front']);
    expect(Number(groups[1]?.attrs.opacity)).toBeLessThan(1);
    const keys = groups.flatMap((g) => g.shapes.map((s) => s.key));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('mat');
  });

  it('uses currentColor for the figure so a stylesheet can recolour it', () => {
    const body = framePaths(STANDING).find((g) => g.key === 'body');
    expect(body?.shapes.find((s) => s.key === 'trunk')?.attrs.stroke).toBe('currentColor');
  });

  it('draws a towel only when asked', () => {
    const has = (props: ('towel' | 'mat')[]) =>
      framePaths(STANDING, { props }).some((g) => g.shapes.some((s) => s.key === 'towel'));
    expect(has(['towel'])).toBe(true);
    expect(has(['mat'])).toBe(false);
  });
});

describe('renderSvg', () => {
  it('writes well-formed SVG with an escaped title and no inline style', () => {
    const svg = renderSvg(STANDING, 'Knees & "hips" <gently>');
    const { problems, elements } = checkXml(svg);
    expect(problems).toEqual([]);
    expect(svg).toContain('<title>Knees &amp; &quot;hips&quot; &lt;gently&gt;</title>');
    expect(elements.some((e) => 'style' in e.attrs)).toBe(false);
    expect(elements[0]?.attrs.viewBox).toBe('0 0 320 200');
  });
});

describe('renderKeyPositions', () => {
  const loop: Keyframe[] = [
    { pose: STANDING, holdMs: 1000, moveMs: 1000, label: 'Stand tall' },
    { pose: bow, holdMs: 1000, moveMs: 1000, label: 'Bow forward slowly and breathe out gently' },
  ];

  it('shows one numbered panel per position with its cue', () => {
    const svg = renderKeyPositions(loop, 'Bowing');
    const { problems, elements } = checkXml(svg);
    expect(problems).toEqual([]);
    expect(elements.filter((e) => e.attrs.class === 'fig-panel')).toHaveLength(2);
    expect(svg).toContain('1. Stand tall');
    expect(elements[0]?.attrs.viewBox).toMatch(/^0 0 640 /);
  });

  it('stacks panels in one column when asked', () => {
    const svg = renderKeyPositions(loop, 'Bowing', { columns: 1 });
    expect(checkXml(svg).elements[0]?.attrs.viewBox).toMatch(/^0 0 320 /);
  });
});

describe('wrapCaption', () => {
  it('breaks long cues between words', () => {
    const lines = wrapCaption('Sit back towards your heels, arms long, rest your head', 32);
    expect(lines.length).toBe(2);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(32);
    expect(lines.join(' ')).toBe('Sit back towards your heels, arms long, rest your head');
  });
});

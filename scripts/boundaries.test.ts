import { describe, expect, it } from 'vitest';
import { findViolations } from './boundaries.mjs';

describe('architecture boundaries', () => {
  it('core importing the server is a violation', () => {
    const v = findViolations([
      { path: 'src/core/plan/x.ts', text: "import { buildApp } from '../../server/app.js';" },
    ]);
    expect(v).toEqual([expect.stringContaining('core must not import server')]);
  });

  it('core reading files or the clock is a violation, but its tests may read files', () => {
    const v = findViolations([
      {
        path: 'src/core/a.ts',
        text: "import { readFileSync } from 'node:fs';\nconst t = Date.now();",
      },
      { path: 'src/core/a.test.ts', text: "import { readFileSync } from 'node:fs';" },
    ]);
    expect(v).toHaveLength(2);
    expect(v.join('\n')).toMatch(/Node built-in 'node:fs'/);
    expect(v.join('\n')).toMatch(/reads the clock/);
  });

  it('the web and the server never import each other, and dynamic imports count', () => {
    const v = findViolations([
      { path: 'src/web/page.tsx', text: "const m = await import('../server/app.js');" },
      { path: 'src/server/app.ts', text: "export { x } from '../web/x.js';" },
    ]);
    expect(v).toHaveLength(2);
  });

  it('core importing core, and server importing core, are fine; comments are ignored', () => {
    const v = findViolations([
      { path: 'src/core/a.ts', text: "import { b } from './b.js';\n// Date.now() is passed in" },
      { path: 'src/server/r.ts', text: "import { CONTENT } from '../core/content/index.js';" },
    ]);
    expect(v).toEqual([]);
  });
});

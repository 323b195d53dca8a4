import { describe, expect, it } from 'vitest';
import { findViolations, findZodViolations } from './boundaries.mjs';

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

describe('the zod convention', () => {
  const schema = {
    path: 'src/core/plan/schema.ts',
    text: "import * as z from 'zod/mini';\nexport const Plan = z.object({});",
  };
  const full = { path: 'src/core/feedback.schema.ts', text: "import { z } from 'zod';" };

  it('a core module that loads zod, itself or through an import, must be a schema module', () => {
    const v = findZodViolations([
      { path: 'src/core/a.ts', text: "import { z } from 'zod';" },
      { path: 'src/core/b.ts', text: "import { Plan } from './plan/schema.js';" },
      { path: 'src/core/c.ts', text: "import type { Plan } from './plan/schema.js';" },
      { path: 'src/core/d.ts', text: "import { type Plan } from './plan/schema.js';" },
      { path: 'src/core/e.test.ts', text: "import { Plan } from './plan/schema.js';" },
      schema,
    ]);
    expect(v).toEqual([
      expect.stringMatching(/^src\/core\/a\.ts: loads zod/),
      expect.stringMatching(/^src\/core\/b\.ts: loads zod/),
    ]);
  });

  it('the web only imports types from a schema module', () => {
    const v = findZodViolations([
      schema,
      { path: 'src/web/plan/page.tsx', text: "import { Plan } from '../../core/plan/schema.js';" },
      {
        path: 'src/web/plan/ok.tsx',
        text: "import type { Plan } from '../../core/plan/schema.js';",
      },
      { path: 'src/web/plan/dyn.ts', text: "await import('../../core/plan/schema.js');" },
      { path: 'src/web/x.ts', text: "import * as z from 'zod/mini';" },
    ]);
    expect(v).toHaveLength(3);
    expect(v.join('\n')).toMatch(/page\.tsx: the web may only `import type`/);
    expect(v.join('\n')).toMatch(/dyn\.ts/);
    expect(v.join('\n')).toMatch(/x\.ts: the web imports no zod itself/);
  });

  it('the record layer may load zod/mini schemas, never full zod, and pages may use it', () => {
    const v = findZodViolations([
      schema,
      full,
      {
        path: 'src/web/store/records.ts',
        text: "const s = await import('../../core/plan/schema.js');",
      },
      { path: 'src/web/store/bad.ts', text: "import { F } from '../../core/feedback.schema.js';" },
      { path: 'src/web/plan/data.ts', text: "import { putRecord } from '../store/records.js';" },
    ]);
    expect(v).toEqual([expect.stringMatching(/^src\/web\/store\/bad\.ts: .* brings full zod/)]);
  });
});

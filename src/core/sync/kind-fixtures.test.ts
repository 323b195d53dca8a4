import { describe, expect, it } from 'vitest';
import { checkChange } from './change.schema.js';
import { AT } from './fixtures.js';
import { changeOfEachKind } from './kind-fixtures.js';
import { RECORD_KINDS } from './kinds.js';

describe('the fixture of every kind', () => {
  it('holds one change of every kind a device writes, each valid by its schema', () => {
    const changes = changeOfEachKind(AT);
    expect(changes.map((c) => c.kind).sort()).toEqual(
      RECORD_KINDS.filter((k) => k !== 'programme').sort(),
    );
    for (const change of changes) {
      const checked = checkChange(change, AT + 60_000);
      expect(checked.ok ? 'ok' : checked.refusal).toBe('ok');
    }
  });
});

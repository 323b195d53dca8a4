import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX, PASSWORD_MIN, passwordLength, passwordProblem } from './password.js';

const common = new Set(['password123', 'qwertyuiop']);
const isCommon = (p: string) => common.has(p);

describe('what a password must be', () => {
  it('takes 8 to 128 characters of any kind, and refuses fewer or more, saying why', () => {
    expect(passwordProblem('a'.repeat(PASSWORD_MIN), isCommon)).toBeUndefined();
    expect(passwordProblem('a'.repeat(PASSWORD_MAX), isCommon)).toBeUndefined();
    expect(passwordProblem('a'.repeat(64), isCommon)).toBeUndefined();
    expect(passwordProblem('a'.repeat(PASSWORD_MIN - 1), isCommon)).toContain('at least 8');
    expect(passwordProblem('a'.repeat(PASSWORD_MAX + 1), isCommon)).toContain('at most 128');
    expect(passwordProblem('correct horse battery staple', isCommon)).toBeUndefined();
  });

  it('counts characters as a person does, so an accent or an emoji is one', () => {
    expect(passwordLength('👍👍👍👍👍👍👍')).toBe(7);
    expect(passwordProblem('👍👍👍👍👍👍👍', isCommon)).toContain('at least 8');
    expect(passwordLength('cafe\u0301')).toBe(4);
  });

  it('refuses a common password whatever its case or spaces at the ends', () => {
    expect(passwordProblem('Password123', isCommon)).toContain('most common');
    expect(passwordProblem('  QWERTYUIOP ', isCommon)).toContain('most common');
  });
});

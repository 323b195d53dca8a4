import { describe, expect, it } from 'vitest';
import { usernameKey, usernameProblem } from './username.js';

describe('a sign-in name', () => {
  it('is one name whatever its case or the way its accents are composed', () => {
    expect(usernameKey(' Ana.Lo\u0301pez ')).toBe(usernameKey('ana.lópez'));
  });

  it('takes 3 to 40 letters, digits, dots, hyphens or underscores, and says why it refuses', () => {
    expect(usernameProblem('jo_b-1.x')).toBeUndefined();
    expect(usernameProblem('Zoë')).toBeUndefined();
    expect(usernameProblem('jo')).toContain('at least 3');
    expect(usernameProblem('a'.repeat(41))).toContain('at most 40');
    expect(usernameProblem('jo bloggs')).toContain('letters, digits');
    expect(usernameProblem('jo@example.com')).toContain('letters, digits');
  });
});

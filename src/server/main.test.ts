import { describe, expect, it } from 'vitest';
import { urlFor } from './main.js';

describe('urlFor', () => {
  it('names the host a person can open', () => {
    expect(urlFor('localhost', 3000)).toBe('http://localhost:3000');
    expect(urlFor('127.0.0.1', 41234)).toBe('http://127.0.0.1:41234');
  });

  it('opens the wildcard addresses as localhost', () => {
    expect(urlFor('0.0.0.0', 3000)).toBe('http://localhost:3000');
    expect(urlFor('::', 3000)).toBe('http://localhost:3000');
  });

  it('brackets an IPv6 address', () => {
    expect(urlFor('::1', 8080)).toBe('http://[::1]:8080');
  });
});

import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security.js';

describe('security headers', () => {
  const headers = securityHeaders();

  it('are helmet’s set, read once: a strict CSP, no framing, no sniffing', () => {
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
  });

  it('keep browsers on HTTPS for a year once they reach it over TLS', () => {
    expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});

/**
 * Security headers. Helmet's default CSP is too loose for us: nothing inline (scripts or styles),
 * no plugins, no <base>, no framing, and every fetch, worker and manifest from our own origin.
 */
import type { FastifyHelmetOptions } from '@fastify/helmet';

export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
} as const;

export const HELMET_OPTIONS: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: Object.fromEntries(
      Object.entries(CSP_DIRECTIVES).map(([name, values]) => [name, [...values]]),
    ),
  },
  // Matches frame-ancestors 'none' for browsers that only know X-Frame-Options.
  frameguard: { action: 'deny' },
  // The app is served over plain HTTP on localhost too; HSTS belongs to whoever terminates TLS.
  strictTransportSecurity: false,
};

/**
 * `GET /api/v1/relief`: the steps of "I have a spasm now", every timed step with its duration in
 * seconds. The protocol never changes while the server runs, so it is serialised once at start.
 */
import { z } from 'zod';
import { ReliefProtocol } from '../../core/relief/schema.js';
import { sendJson } from '../http/send.js';
import type { ZodApp } from '../http/zod.js';
import type { ReliefService } from './service.js';

export const ReliefResponse = z.object({
  steps: ReliefProtocol.describe(
    'In order; every step can be skipped. Timer, breathing and session steps carry durationSeconds.',
  ),
});

export function registerReliefRoutes(app: ZodApp, service: ReliefService): void {
  const json = JSON.stringify({ steps: service.steps() });

  app.get(
    '/api/v1/relief',
    {
      schema: {
        summary: 'The guided protocol for a back spasm happening now',
        description:
          'Stop and find a position of ease, the emergency questions, massage, cold, warmth, breathing, gentle movement, over-the-counter pain relief facts (no doses) and the next few days. General information, not a substitute for professional care.',
        tags: ['relief'],
        response: { 200: ReliefResponse },
      },
    },
    (_request, reply) => sendJson(reply, json),
  );
}

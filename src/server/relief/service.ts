/**
 * The "I have a spasm now" protocol as the API serves it: the ordered steps from core, each timed
 * step (timer, breathing, session) with its duration in seconds.
 */
import { type ReliefStep, reliefProtocol } from '../../core/relief/index.js';

export interface ReliefService {
  /** The protocol's steps in the order a person is guided through them. */
  steps(): readonly ReliefStep[];
}

export function createReliefService(
  protocol: () => readonly ReliefStep[] = reliefProtocol,
): ReliefService {
  const steps = protocol();
  return { steps: () => steps };
}

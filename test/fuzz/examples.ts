/**
 * Fuzz support: one valid request for every operation of the OpenAPI document, the start from which
 * the fuzzer mutates. Each names who sends it and the status a valid request of that shape gets:
 * the suite sends every example once before fuzzing (as a throwaway account, never as the fuzzer's
 * own) and fails when one is no longer valid, so mutations always start inside the schema.
 */
import { NOT_EASING } from '../../src/core/diary/fixtures.js';
import { EXAMPLE_PROGRAMME } from '../../src/core/programme/fixtures.js';
import { diaryChange } from '../../src/core/sync/fixtures.js';
import { DESK_ACUTE } from '../../src/server/plan/test-requests.js';

/** Who sends a request: nobody, a person signed in, or a clinician signed in. */
export type ExampleSender = 'none' | 'person' | 'clinician';

export interface Example {
  sender: ExampleSender;
  /** Values for the path's `{name}` parameters. */
  params?: Readonly<Record<string, string>>;
  query?: Readonly<Record<string, string>>;
  body?: unknown;
  /** What this valid request is answered with, on the fresh server the suite sets up. */
  status: number;
}

/** The password of every account the fuzz suite makes. */
export const FUZZ_PASSWORD = 'my back and the long walk home';
/** The throwaway person the examples are tried as; fuzzing never signs in as them. */
export const PROBE_USERNAME = 'fuzz-probe';

const UNKNOWN_ID = '0190a000-0000-7000-8000-00000000dead';

/** An authenticator's answer of the right shape that matches no challenge. */
const PASSKEY_ANSWER = {
  challengeId: 'no-such-challenge',
  response: {
    id: 'AAAA',
    rawId: 'AAAA',
    type: 'public-key',
    response: { clientDataJSON: 'e30', attestationObject: 'AAAA', authenticatorData: 'AAAA' },
    clientExtensionResults: {},
  },
};

/** Keyed `METHOD /path/{param}` as the OpenAPI document writes them. */
export const EXAMPLES: Readonly<Record<string, Example>> = {
  'GET /healthz': { sender: 'none', status: 200 },
  'GET /api/openapi.json': { sender: 'none', status: 200 },
  'GET /api/problems/{code}': { sender: 'none', params: { code: 'conflict' }, status: 200 },
  'GET /api/v1/content': { sender: 'none', status: 200 },
  'GET /api/v1/content/{id}': { sender: 'none', params: { id: 'muscle-strain' }, status: 200 },
  'GET /api/v1/search': { sender: 'none', query: { q: 'heat pack', limit: '5' }, status: 200 },
  'GET /api/v1/exercises': { sender: 'none', query: { phase: 'acute' }, status: 200 },
  'GET /api/v1/exercises/{id}': { sender: 'none', params: { id: 'knee-to-chest' }, status: 200 },
  'GET /api/v1/relief': { sender: 'none', status: 200 },
  'POST /api/v1/feedback': {
    sender: 'none',
    body: { contentId: 'muscle-strain', helpful: true, comment: 'Clear and short' },
    status: 201,
  },
  'POST /api/v1/triage': {
    sender: 'none',
    query: { region: 'UK' },
    body: { ageYears: 30, durationDays: 2, painNow0to10: 4, trend: 'better', fever: 'unsure' },
    status: 200,
  },
  'POST /api/v1/triage/text': {
    sender: 'none',
    body: { text: 'My back went two days ago, no numbness, but my left leg tingles', ageYears: 41 },
    status: 200,
  },
  'GET /api/v1/triage/questions': { sender: 'none', status: 200 },
  'POST /api/v1/plan': { sender: 'none', body: DESK_ACUTE, status: 200 },
  'POST /api/v1/plan/ics': { sender: 'none', body: DESK_ACUTE, status: 200 },
  'POST /api/v1/diary/summary': { sender: 'none', body: NOT_EASING, status: 200 },
  'POST /api/v1/diary/export': {
    sender: 'none',
    query: { format: 'csv' },
    body: NOT_EASING,
    status: 200,
  },
  'POST /api/v1/auth/sign-up': {
    sender: 'none',
    body: { username: 'fuzz-newcomer', password: FUZZ_PASSWORD },
    status: 201,
  },
  'POST /api/v1/auth/sign-in': {
    sender: 'none',
    body: { username: PROBE_USERNAME, password: FUZZ_PASSWORD },
    status: 200,
  },
  'POST /api/v1/auth/recover': {
    sender: 'none',
    body: {
      username: PROBE_USERNAME,
      code: 'AAAA-BBBB-CCCC',
      password: 'a new and longer password',
    },
    status: 401,
  },
  'POST /api/v1/auth/sign-out': { sender: 'person', status: 204 },
  'GET /api/v1/auth/session': { sender: 'person', status: 200 },
  'POST /api/v1/auth/confirm': { sender: 'person', body: { password: FUZZ_PASSWORD }, status: 204 },
  'POST /api/v1/auth/recovery-codes': { sender: 'person', status: 200 },
  'GET /api/v1/auth/sessions': { sender: 'person', status: 200 },
  'DELETE /api/v1/auth/sessions': { sender: 'person', status: 204 },
  'DELETE /api/v1/auth/sessions/{id}': {
    sender: 'person',
    params: { id: UNKNOWN_ID },
    status: 404,
  },
  'GET /api/v1/account': { sender: 'person', status: 200 },
  'DELETE /api/v1/account': { sender: 'person', status: 204 },
  'GET /api/v1/account/events': { sender: 'person', status: 200 },
  'GET /api/v1/account/export': { sender: 'person', status: 200 },
  'POST /api/v1/auth/passkey/sign-up/options': {
    sender: 'none',
    body: { username: 'fuzz-passkey' },
    status: 200,
  },
  'POST /api/v1/auth/passkey/sign-up': { sender: 'none', body: PASSKEY_ANSWER, status: 401 },
  'POST /api/v1/auth/passkey/sign-in/options': { sender: 'none', status: 200 },
  'POST /api/v1/auth/passkey/sign-in': { sender: 'none', body: PASSKEY_ANSWER, status: 401 },
  'POST /api/v1/auth/passkeys/options': { sender: 'person', status: 200 },
  'POST /api/v1/auth/passkeys': { sender: 'person', body: PASSKEY_ANSWER, status: 401 },
  'GET /api/v1/auth/passkeys': { sender: 'person', status: 200 },
  'DELETE /api/v1/auth/passkeys/{id}': { sender: 'person', params: { id: 'AAAA' }, status: 404 },
  'POST /api/v1/auth/passkey/confirm/options': { sender: 'person', status: 200 },
  'POST /api/v1/auth/passkey/confirm': { sender: 'person', body: PASSKEY_ANSWER, status: 401 },
  'POST /api/v1/sync': {
    sender: 'person',
    body: { changes: [diaryChange(900, 3), diaryChange(901, 5)] },
    status: 200,
  },
  'GET /api/v1/sync': { sender: 'person', query: { after: '0', limit: '10' }, status: 200 },
  'POST /api/v1/sharing/codes': {
    sender: 'person',
    body: { scopes: ['diary', 'plan'] },
    status: 201,
  },
  'DELETE /api/v1/sharing/codes/{id}': {
    sender: 'person',
    params: { id: UNKNOWN_ID },
    status: 404,
  },
  'GET /api/v1/sharing': { sender: 'person', status: 200 },
  'PUT /api/v1/sharing/{id}': {
    sender: 'person',
    params: { id: UNKNOWN_ID },
    body: { scopes: ['diary'] },
    status: 404,
  },
  'DELETE /api/v1/sharing/{id}': { sender: 'person', params: { id: UNKNOWN_ID }, status: 404 },
  'GET /api/v1/sharing/audit': { sender: 'person', status: 200 },
  'GET /api/v1/sharing/audit/fhir': { sender: 'person', status: 200 },
  'POST /api/v1/clinician/setup': {
    sender: 'none',
    body: { token: 'not-a-link', username: 'fuzz-clinician-2', password: FUZZ_PASSWORD },
    status: 404,
  },
  'POST /api/v1/clinician/redeem': {
    sender: 'clinician',
    query: { timeZone: 'Europe/London' },
    body: { code: 'K7QM-2XPD' },
    status: 404,
  },
  'GET /api/v1/clinician/people': {
    sender: 'clinician',
    query: { timeZone: 'Europe/London' },
    status: 200,
  },
  'GET /api/v1/clinician/people/{id}': {
    sender: 'clinician',
    params: { id: UNKNOWN_ID },
    query: { timeZone: 'UTC' },
    status: 404,
  },
  'POST /api/v1/clinician/people/{id}/reviewed': {
    sender: 'clinician',
    params: { id: UNKNOWN_ID },
    status: 404,
  },
  'POST /api/v1/clinician/people/{id}/programmes': {
    sender: 'clinician',
    params: { id: UNKNOWN_ID },
    body: EXAMPLE_PROGRAMME,
    status: 404,
  },
  'PUT /api/v1/clinician/people/{id}/programmes/{programmeId}': {
    sender: 'clinician',
    params: { id: UNKNOWN_ID, programmeId: UNKNOWN_ID },
    body: EXAMPLE_PROGRAMME,
    status: 404,
  },
  'DELETE /api/v1/clinician/people/{id}/programmes/{programmeId}': {
    sender: 'clinician',
    params: { id: UNKNOWN_ID, programmeId: UNKNOWN_ID },
    status: 404,
  },
};

/** The path of an operation with its parameters filled in (each encoded as a path segment). */
export function fillPath(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? 'x'),
  );
}

/** A query string from pairs, each side encoded; empty when there are none. */
export function queryString(query: Readonly<Record<string, string>> | undefined): string {
  const pairs = Object.entries(query ?? {});
  if (pairs.length === 0) return '';
  return `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
}

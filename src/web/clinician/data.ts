/**
 * The clinician area's calls to the server (`/api/v1/clinician/*`): each answers an ApiOutcome, so
 * a screen shows a refusal beside the field it names, or the offline words. Nothing a clinician
 * reads is kept on their device: every view asks the server again, which checks the person's
 * consent on each request, so a revoked consent closes the view at once.
 */
import type { SignedIn } from '../../core/auth/api.schema.js';
import type { PersonRecords, PersonView, ProgrammeView } from '../../core/consent/api.schema.js';
import type { ProgrammeInput } from '../../core/programme/programme.schema.js';
import { type ApiOutcome, getJson, postJson, sendJson } from '../api.js';
import { browserTimeZone } from '../dates.js';

export type { PersonRecords, PersonView, ProgrammeInput, ProgrammeView };

const BASE = '/api/v1/clinician';
const zone = () => `timeZone=${encodeURIComponent(browserTimeZone())}`;
const personUrl = (id: string) => `${BASE}/people/${encodeURIComponent(id)}`;

/** Sets up the account from the operator's one-time link; signs the clinician in. */
export const setUp = (
  token: string,
  username: string,
  password: string,
): Promise<ApiOutcome<SignedIn>> => postJson(`${BASE}/setup`, { token, username, password });

export const redeem = (code: string): Promise<ApiOutcome<PersonView>> =>
  postJson(`${BASE}/redeem?${zone()}`, { code });

export const people = (): Promise<ApiOutcome<{ people: PersonView[] }>> =>
  getJson(`${BASE}/people?${zone()}`);

export const person = (id: string): Promise<ApiOutcome<PersonRecords>> =>
  getJson(`${personUrl(id)}?${zone()}`);

export const markReviewed = (id: string): Promise<ApiOutcome<null>> =>
  sendJson('POST', `${personUrl(id)}/reviewed`);

/** A new programme, or a change to one (`programmeId`). */
export const saveProgramme = (
  personId: string,
  input: ProgrammeInput,
  programmeId?: string,
): Promise<ApiOutcome<ProgrammeView>> =>
  programmeId === undefined
    ? postJson(`${personUrl(personId)}/programmes`, input)
    : sendJson(
        'PUT',
        `${personUrl(personId)}/programmes/${encodeURIComponent(programmeId)}`,
        input,
      );

/** Ends a programme: it leaves the person's plan. */
export const endProgramme = (personId: string, programmeId: string): Promise<ApiOutcome<null>> =>
  sendJson('DELETE', `${personUrl(personId)}/programmes/${encodeURIComponent(programmeId)}`);

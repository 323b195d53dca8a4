/**
 * The diary use case on the server, stateless until accounts exist: core/diary sums a diary up and
 * core/export writes its CSV and FHIR files, so the API gives exactly what the browser and the CLI
 * give for the same entries. Nothing is stored or logged. The FHIR bundle's id and time come from
 * the server's clock and random bytes, passed in so tests can fix them.
 */
import type { Bundle, Observation } from '@medplum/fhirtypes';
import type { DiaryRequest } from '../../core/diary/request.schema.js';
import { summaryOut } from '../../core/diary/summary.js';
import { diaryCsv } from '../../core/export/csv.js';
import { diaryBundle } from '../../core/export/fhir.js';
import { uuidv7 } from '../../core/ids.js';

export interface DiaryServiceDeps {
  now: () => number;
  randomBytes: (n: number) => Uint8Array;
}

export const DEFAULT_TIME_ZONE = 'UTC';

export function createDiaryService(deps: DiaryServiceDeps) {
  const zone = (r: DiaryRequest) => r.timeZone ?? DEFAULT_TIME_ZONE;
  return {
    summary: (r: DiaryRequest) => summaryOut(r.entries, r.today, zone(r)),
    csv: (r: DiaryRequest): string => diaryCsv(r.entries, zone(r)),
    fhir(r: DiaryRequest): Bundle<Observation> {
      const now = deps.now();
      return diaryBundle(r.entries, { id: uuidv7(now, deps.randomBytes), now });
    },
  };
}

export type DiaryService = ReturnType<typeof createDiaryService>;

/**
 * The clinician service on a database, built as the app builds it, for what runs outside the app:
 * the operator's CLI (`unknot clinician`) and the tests that make clinicians as the CLI does.
 */
import type { Kysely } from 'kysely';
import { createAccountRepository } from '../account/repository.js';
import { createAccountService } from '../account/service.js';
import { createConsentRepository } from '../consent/repository.js';
import type { Database } from '../storage/schema.js';
import { createSyncRepository } from '../sync/repository.js';
import { createProgrammeWriter } from './programme-writer.js';
import { createClinicianRepository } from './repository.js';
import { createClinicianService } from './service.js';

export function clinicianServiceOn(
  db: Kysely<Database>,
  now: () => number,
  randomBytes: (n: number) => Uint8Array,
) {
  const accountRepository = createAccountRepository(db);
  const sync = createSyncRepository(db);
  return createClinicianService({
    clinicians: createClinicianRepository(db),
    consents: createConsentRepository(db),
    sync,
    programmes: createProgrammeWriter({ sync, now }),
    accountRepository,
    accounts: createAccountService({ repository: accountRepository, now, randomBytes }),
    now,
    randomBytes,
  });
}

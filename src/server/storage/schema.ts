/**
 * The whole database as Kysely sees it: every feature's tables, composed. Each feature declares
 * its own tables beside itself (`server/<feature>/tables.ts`, snake_case as stored) and adds them
 * here; only repositories use these types, and what leaves a repository is a core type in
 * camelCase. The migrations do not use them: a migration sees the schema as it was then.
 */
import type { AccountTables } from '../account/tables.js';
import type { ConsentTables } from '../consent/tables.js';
import type { FeedbackTables } from '../feedback/tables.js';
import type { SyncTables } from '../sync/tables.js';

export interface Database extends FeedbackTables, AccountTables, SyncTables, ConsentTables {}

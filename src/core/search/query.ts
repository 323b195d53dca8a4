/** The search request's limits, as every adapter applies them (the schema is in query.schema.ts). */
export const MAX_QUERY_LENGTH = 200;
export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 50;

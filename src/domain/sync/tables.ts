import { RECORD_TYPES } from '../records';
import type { TableSpec } from './merge';

/**
 * How each shared table is shared. A claim's revision number and update time are this browser's own
 * (they drive cross-tab edit checks and the claims view), raised when a change arrives; every record
 * from the document is checked against its schema before it is stored.
 */
export function sharedTableSpecs(now: () => number): Record<string, TableSpec> {
  const valid = (table: keyof typeof RECORD_TYPES) => (r: Record<string, unknown>) =>
    RECORD_TYPES[table].schema.safeParse(r).success;
  return {
    articles: { localOnly: [], valid: valid('articles') },
    categories: { localOnly: [], valid: valid('categories') },
    claims: {
      localOnly: ['rev', 'updatedAt'],
      localFields: (_incoming, before) => ({
        rev: ((before?.rev as number | undefined) ?? 0) + 1,
        updatedAt: now(),
      }),
      valid: valid('claims'),
    },
    links: { localOnly: [], valid: valid('links') },
    dismissals: { localOnly: [], valid: valid('dismissals') },
    history: { localOnly: [], valid: valid('history') },
  };
}

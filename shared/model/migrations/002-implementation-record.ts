import { emptyRecord } from '../../record/model';
import type { Migration } from './index';

/**
 * Version 2 carries the implementation record (`record`: events, statuses, funding, work plans,
 * imports; shared/record). A version-1 file gets an empty record. The number matters more than
 * the step: a build that knows only version 1 refuses a version-2 file (`newer-schema`) instead
 * of loading it, dropping the slot it does not know (zod strips unknown keys) and saving the
 * record away. A version-1 file that already has a record (written by a build between the slot's
 * arrival and this migration) keeps it as it is.
 */
export const implementationRecord: Migration = {
  to: 2,
  name: 'implementation-record',
  up: (file) => ({ ...file, record: file.record ?? emptyRecord() }),
};

import type { Framework } from '../../model/framework';
import type { ImplementationRecord } from '../../record/model';
import { checkRecord, RECORD_CODES } from '../../record/checks';
import { eachOf, type RuleDefinition } from '../rule';

/**
 * The implementation record against the plan (shared/record/checks.ts). Re-runs only when the
 * framework, the record object or the year changed (the patch engine keeps untouched objects). Activities
 * are judged as of the year the check runs in.
 */
export const recordRule: RuleDefinition = {
  id: 'record',
  family: 'record',
  codes: RECORD_CODES,
  steps: [
    eachOf(
      (input) => (input.record ? [[input.record, { framework: input.framework, year: new Date().getUTCFullYear() }] as const] : []),
      (record: ImplementationRecord, { framework, year }: { framework: Framework; year: number }) => checkRecord(framework, record, year),
    ),
  ],
};

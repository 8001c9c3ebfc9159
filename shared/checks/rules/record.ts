import type { Framework } from '../../model/framework';
import type { ImplementationRecord } from '../../record/model';
import { checkRecord, RECORD_CODES } from '../../record/checks';
import type { Finding } from '../finding';
import type { RuleDefinition } from '../rule';

/**
 * The implementation record against the plan (shared/record/checks.ts). Re-runs only when the
 * framework or the record object changed (the patch engine keeps untouched objects). Activities
 * are judged as of the year the check runs in.
 */
export const recordRule: RuleDefinition = {
  id: 'record',
  family: 'record',
  codes: RECORD_CODES,
  create() {
    let last: { fw: Framework; record: ImplementationRecord | undefined; year: number; out: Finding[] } | null = null;
    return {
      id: 'record',
      family: 'record',
      check(fw, context) {
        const year = new Date().getUTCFullYear();
        if (last && last.fw === fw && last.record === context.record && last.year === year) return last.out;
        const out = context.record ? checkRecord(fw, context.record, year) : [];
        last = { fw, record: context.record, year, out };
        return out;
      },
    };
  },
};

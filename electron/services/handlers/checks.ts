import { applyWaivers, createChecker } from '../../../shared/checks/registry';
import type { ProjectSession } from '../projectSession';
import type { FeatureHandlers } from './types';

/** The checker over the session's project; one checker per session, so re-checks are incremental. */
export function checksHandlers(session: ProjectSession): FeatureHandlers<'checks'> {
  const checker = createChecker();
  return {
    runChecks: async () => {
      const project = session.current;
      const result = applyWaivers(checker.check(project), project.waivers);
      return { revision: session.info().revision, ...result };
    },
  };
}

import type { FeatureHandlers, ShellHooks } from './types';
import type { ProjectSession } from '../projectSession';
import { exportPacket, exportReviewCopy, importPackets, openReviewCopy, switchReviewIdentity } from '../review/reviewFiles';
import { exportCommentsDocx, exportMatrix, exportReviewDocx, importReviewDocx } from '../review/wordFiles';

/** Offline review: identity, review copies, packets, the Word round trip and the comments matrix. */
export function reviewHandlers(session: ProjectSession, hooks: ShellHooks = {}): FeatureHandlers<'review'> {
  // The desktop asks where to save; the browser build writes into the data folder's exports/.
  const pick = hooks.pickReviewFile;
  return {
    getReviewer: async () => session.settingsStore.value.reviewer,
    // Switching identity is explicit, and takes an open review copy to the new reviewer's own workspace.
    setReviewer: async ({ reviewer }) => {
      const saved = (await session.settingsStore.update((s) => ({ ...s, reviewer }))).reviewer!;
      await switchReviewIdentity(session, saved);
      return saved;
    },
    getDrafter: async () => session.settingsStore.value.drafter,
    setDrafter: async ({ drafter }) => (await session.settingsStore.update((s) => ({ ...s, drafter }))).drafter!,
    exportReviewCopy: async ({ versionName, file }) => exportReviewCopy(session, versionName, file, pick),
    openReviewCopy: async (req) => openReviewCopy(session, req, session.settingsStore.value.reviewer),
    exportPacket: async ({ file }) => exportPacket(session, session.settingsStore.value.reviewer, file, pick),
    importPackets: async ({ files }) => importPackets(session, files),
    exportReviewDocx: async ({ file }) => exportReviewDocx(session, file, pick),
    importReviewDocx: async ({ name, base64, organisation, country }) => importReviewDocx(session, name, new Uint8Array(Buffer.from(base64, 'base64')), { organisation, country }),
    exportCommentsDocx: async ({ file }) => exportCommentsDocx(session, file, pick),
    exportMatrix: async ({ format, filter, file }) => exportMatrix(session, format, filter, file, pick),
  };
}

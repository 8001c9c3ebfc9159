import type { FeatureHandlers, ShellHooks } from './types';
import type { ProjectSession } from '../projectSession';
import { exportPacket, exportReviewCopy, importPackets, openReviewCopy } from '../review/reviewFiles';
import { exportCommentsDocx, exportMatrix, exportReviewDocx, importReviewDocx } from '../review/wordFiles';

/** Offline review: identity, review copies, packets, the Word round trip and the comments matrix. */
export function reviewHandlers(session: ProjectSession, hooks: ShellHooks = {}): FeatureHandlers<'review'> {
  // The desktop asks where to save; the browser build writes into the data folder's exports/.
  const pick = hooks.pickReviewFile;
  return {
    getReviewer: async () => session.settingsStore.value.reviewer,
    setReviewer: async ({ reviewer }) => (await session.settingsStore.update((s) => ({ ...s, reviewer }))).reviewer!,
    exportReviewCopy: async ({ versionName, file }) => exportReviewCopy(session, versionName, file, pick),
    openReviewCopy: async (req) => openReviewCopy(session, req),
    exportPacket: async ({ file }) => exportPacket(session, session.settingsStore.value.reviewer, file, pick),
    importPackets: async ({ files }) => importPackets(session, files),
    exportReviewDocx: async ({ file }) => exportReviewDocx(session, file, pick),
    importReviewDocx: async ({ name, base64, organisation, country }) => importReviewDocx(session, name, new Uint8Array(Buffer.from(base64, 'base64')), { organisation, country }),
    exportCommentsDocx: async ({ file }) => exportCommentsDocx(session, file, pick),
    exportMatrix: async ({ format, filter, file }) => exportMatrix(session, format, filter, file, pick),
  };
}

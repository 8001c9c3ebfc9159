import type { FeatureHandlers, ShellHooks } from './types';
import type { ProjectSession } from '../projectSession';
import { fileHandlesOf } from '../fileHandles';
import { exportPacket, exportReviewCopy, importPackets, openReviewCopy, switchReviewIdentity } from '../review/reviewFiles';
import { exportCommentsDocx, exportMatrix, exportReviewDocx, importReviewDocx } from '../review/wordFiles';

/** Offline review: identity, review copies, packets, the Word round trip and the comments matrix. */
export function reviewHandlers(session: ProjectSession, hooks: ShellHooks = {}): FeatureHandlers<'review'> {
  // The desktop asks where to save; the browser build writes into the data folder's exports/.
  const pick = hooks.pickReviewFile;
  // What was written is named to the renderer by a handle (kind `written`), never by its path.
  const files = fileHandlesOf(session);
  const written = async <T extends { file: string }>(p: Promise<T>) => {
    const r = await p;
    return { ...r, file: files.mint(r.file, 'written') };
  };
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
    exportReviewCopy: async ({ versionName }) => written(exportReviewCopy(session, versionName, undefined, pick)),
    openReviewCopy: async (req) => openReviewCopy(session, req, session.settingsStore.value.reviewer),
    exportPacket: async () => written(exportPacket(session, session.settingsStore.value.reviewer, undefined, pick)),
    importPackets: async ({ files }) => importPackets(session, files),
    exportReviewDocx: async () => written(exportReviewDocx(session, undefined, pick)),
    importReviewDocx: async ({ name, base64, organisation, country }) => importReviewDocx(session, name, new Uint8Array(Buffer.from(base64, 'base64')), { organisation, country }),
    exportCommentsDocx: async () => written(exportCommentsDocx(session, undefined, pick)),
    exportMatrix: async ({ format, filter }) => written(exportMatrix(session, format, filter, undefined, pick)),
  };
}

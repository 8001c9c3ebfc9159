import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { contract, events, METHOD_NAMES, type Envelope } from '../../shared/ipc/contract';
import { dispatch } from '../services/dispatch';
import { fileHandlesOf } from '../services/fileHandles';
import { publicEvent } from '../services/publicFiles';
import type { Handlers } from '../services/handlers';
import type { ProjectSession } from '../services/projectSession';
import { isAppUrl } from './window';

/**
 * The only importer of ipcMain. Every contract method is registered here; a call is answered only
 * when it comes from the app's own top frame, and its request is validated (in dispatch) before
 * the handler runs.
 */
export function registerIpc(handlers: Handlers, session: ProjectSession, windows: () => BrowserWindow[]): void {
  // Replies and events name files by handle and base name, never by path (services/publicFiles.ts).
  const files = fileHandlesOf(session);
  for (const method of METHOD_NAMES) {
    ipcMain.handle(contract[method].channel, async (event: IpcMainInvokeEvent, request: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, problem: { code: 'untrusted-sender', message: 'IPC from a frame that is not the app' } } satisfies Envelope<never>;
      }
      return dispatch(handlers, method, request, files);
    });
  }
  session.onChange((e) => {
    const { changed, payload } = publicEvent(e, files);
    const channel = changed ? events.docChanged.channel : events.docSaveState.channel;
    for (const win of windows()) win.webContents.send(channel, payload);
  });
}

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  try {
    return isAppUrl(frame.url);
  } catch {
    return false;
  }
}

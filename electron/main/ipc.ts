import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { contract, events, METHOD_NAMES, type Envelope } from '../../shared/ipc/contract';
import { dispatch } from '../services/dispatch';
import type { Handlers } from '../services/handlers';
import type { ProjectSession } from '../services/projectSession';
import { isAppUrl } from './window';

/**
 * The only importer of ipcMain. Every contract method is registered here; a call is answered only
 * when it comes from the app's own top frame, and its request is validated (in dispatch) before
 * the handler runs.
 */
export function registerIpc(handlers: Handlers, session: ProjectSession, windows: () => BrowserWindow[]): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(contract[method].channel, async (event: IpcMainInvokeEvent, request: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, problem: { code: 'untrusted-sender', message: 'IPC from a frame that is not the app' } } satisfies Envelope<never>;
      }
      return dispatch(handlers, method, request);
    });
  }
  session.onChange((e) => {
    const [channel, payload] = e.type === 'changed' ? [events.docChanged.channel, e.update] : [events.docSaveState.channel, e.info];
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

import { contextBridge, ipcRenderer } from 'electron';
import { contract, events, type EventName } from '../../shared/ipc/contract';

/**
 * Exposes exactly the contract: one method per entry, plus `on` for the contract's events.
 * No raw ipcRenderer, no process.env. Replies come as envelopes; the renderer unwraps them.
 */
const api: Record<string, unknown> = {};
for (const [method, entry] of Object.entries(contract)) {
  api[method] = (request: unknown) => ipcRenderer.invoke(entry.channel, request ?? {});
}
api.on = (event: EventName, listener: (payload: unknown) => void) => {
  const entry = events[event];
  if (!entry) throw new Error(`unknown event ${String(event)}`);
  const wrapped = (_e: unknown, payload: unknown) => listener(payload);
  ipcRenderer.on(entry.channel, wrapped);
  return () => ipcRenderer.removeListener(entry.channel, wrapped);
};

contextBridge.exposeInMainWorld('api', api);

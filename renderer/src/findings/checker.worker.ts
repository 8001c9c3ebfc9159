import { createCheckerHost } from './checkerHost';
import type { FromChecker, ToChecker } from './checkerProtocol';

/**
 * The consistency checker off the page's thread: fed the store's patches, it sends back the
 * findings (findingsSource.ts). Built by Vite as a chunk of its own (`new Worker(new URL(...))`).
 */
interface WorkerScope {
  postMessage(message: FromChecker): void;
  onmessage: ((e: MessageEvent<ToChecker>) => void) | null;
}
const scope = self as unknown as WorkerScope;
const host = createCheckerHost((message) => scope.postMessage(message));
scope.onmessage = (e) => host.receive(e.data);

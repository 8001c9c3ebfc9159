import type { CheckResult } from '../../../shared/checks/registry';
import type { PreflightSummary } from '../../../shared/export/preflight';
import type { ExportLayout } from '../../../shared/export/types';
import type { ProjectChange, ProjectStore } from '../store/projectStore';
import { createCheckerHost } from './checkerHost';
import type { DraftText, FromChecker, ToChecker } from './checkerProtocol';
import { createFindingsDecoder } from './findingsDelta';

/** The findings as last worked out: for which revision (null before the first check) and the result. */
export interface FindingsState {
  revision: number | null;
  result: CheckResult;
}

/**
 * The open project's findings, worked out off the page's thread: the checker worker is sent the
 * store's patches as they come (the whole project only on start, when another is opened and
 * after a gap) and sends the findings back once typing pauses. Read with `useFindings()`.
 */
export interface FindingsSource {
  getState(): FindingsState;
  subscribe(listener: () => void): () => void;
  /** The export pre-flight of the project as the store holds it now, from the same checker. */
  preflight(layout: ExportLayout): Promise<PreflightSummary | null>;
  /** Text being typed and not yet committed: the findings follow it (`settled` when it was just committed). */
  draft(draft: DraftText, settled: boolean): void;
  stop(): void;
}

/** A channel to a checker: a Web Worker, or the same host in the page. */
export interface CheckerPort {
  post(message: ToChecker): void;
  /** `onFail`: the worker could not start or died; the source falls back to the page. */
  listen(onMessage: (message: FromChecker) => void, onFail: () => void): void;
  terminate(): void;
}

const EMPTY: FindingsState = { revision: null, result: { active: [], waived: [], counts: { error: 0, warning: 0, info: 0 } } };

/** The checker in a Web Worker, or null where there is none (unit tests, very old engines). */
export function workerPort(): CheckerPort | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./checker.worker.ts', import.meta.url), { type: 'module', name: 'checker' });
  } catch {
    return null;
  }
  return {
    post: (message) => worker.postMessage(message),
    listen(onMessage, onFail) {
      worker.onmessage = (e: MessageEvent<FromChecker>) => onMessage(e.data);
      worker.onerror = (e) => {
        e.preventDefault();
        onFail();
      };
    },
    terminate: () => worker.terminate(),
  };
}

/** The checker in the page: the fallback where no Worker exists. Replies come asynchronously, as from a worker. */
export function pagePort(): CheckerPort {
  let handler: (message: FromChecker) => void = () => undefined;
  const host = createCheckerHost((message) => queueMicrotask(() => handler(message)));
  return {
    post: (message) => host.receive(message),
    listen(onMessage) {
      handler = onMessage;
    },
    terminate: () => host.dispose(),
  };
}

export function createFindingsSource(store: ProjectStore, port: () => CheckerPort | null = workerPort): FindingsSource {
  let state = EMPTY;
  const listeners = new Set<() => void>();
  const preflights = new Map<number, (summary: PreflightSummary | null) => void>();
  let nextId = 1;
  let checker: CheckerPort;
  const decoder = createFindingsDecoder();

  const sendProject = () => {
    const s = store.getState();
    // The checker then sends every finding again (numbers new to the page come with their findings).
    if (s) checker.post({ type: 'reset', revision: s.info.revision, project: s.project });
  };
  const onMessage = (message: FromChecker) => {
    switch (message.type) {
      case 'findings': {
        const result = decoder.decode(message.delta);
        if (!result) {
          // A finding the page never got (a lost message): start afresh.
          sendProject();
          return;
        }
        state = { revision: message.revision, result };
        for (const l of [...listeners]) l();
        return;
      }
      case 'unchanged':
        // Typing checked as drafts gives many of these at one revision: nothing to tell anyone.
        if (message.revision === state.revision) return;
        // Same result object: what reads it does not re-render.
        state = { revision: message.revision, result: state.result };
        for (const l of [...listeners]) l();
        return;
      case 'resync':
        sendProject();
        return;
      case 'preflight':
        preflights.get(message.id)?.(message.summary);
        preflights.delete(message.id);
        return;
    }
  };
  const connect = (p: CheckerPort) => {
    checker = p;
    checker.listen(onMessage, () => {
      // The worker could not load (or died): check in the page from now on, starting afresh.
      checker.terminate();
      connect(pagePort());
      sendProject();
      for (const [id, resolve] of preflights) {
        resolve(null);
        preflights.delete(id);
      }
    });
  };
  connect(port() ?? pagePort());

  const stopChanges = store.subscribeChanges((change: ProjectChange) => {
    checker.post('patches' in change ? { type: 'patches', revision: change.revision, patches: change.patches } : { type: 'reset', revision: change.revision, project: change.project });
  });
  sendProject();

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    preflight(layout) {
      const id = nextId++;
      return new Promise((resolve) => {
        preflights.set(id, resolve);
        checker.post({ type: 'preflight', id, layout });
      });
    },
    draft(draft, settled) {
      checker.post({ type: 'draft', draft, settled });
    },
    stop() {
      stopChanges();
      checker.terminate();
    },
  };
}

const sources = new WeakMap<ProjectStore, FindingsSource>();

/** The one findings source of a store (started when first asked for; it lives as long as the window). */
export function findingsSourceFor(store: ProjectStore): FindingsSource {
  let source = sources.get(store);
  if (!source) {
    source = createFindingsSource(store);
    sources.set(store, source);
  }
  return source;
}

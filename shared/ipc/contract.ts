import type { z } from 'zod';
import { DocUpdateSchema, ProjectInfoSchema, type Problem } from './snapshot';
import { MenuCommandSchema } from './menuCommands';
import { documentMethods } from './methods/document';
import { projectMethods } from './methods/project';
import { checksMethods } from './methods/checks';
import { versionsMethods } from './methods/versions';
import { reviewMethods } from './methods/review';
import { exportMethods } from './methods/export';
import { recordMethods } from './methods/record';
import { glossaryMethods } from './methods/glossary';
import { shellMethods } from './methods/shell';

/**
 * The one IPC contract between the renderer and the main process. Each method names its channel
 * (`noun:verb`) and the schemas of its request and response. Main validates every request with
 * `req` before a handler runs; the preload exposes exactly these methods; the browser build (and
 * the end-to-end tests) reach the same handlers over loopback HTTP with the same schemas.
 */

/**
 * Every method, by feature. A feature adds its own `methods/<feature>.ts` and one line here; its
 * handlers live in `electron/services/handlers/<feature>.ts`.
 */
export const contract = {
  ...projectMethods,
  ...documentMethods,
  ...versionsMethods,
  ...reviewMethods,
  ...checksMethods,
  ...exportMethods,
  ...recordMethods,
  ...glossaryMethods,
  ...shellMethods,
} as const;

export * from './snapshot';
export * from './problem';

/** Events main sends to the renderer. */
export const events = {
  /** After each change: the patches from the previous revision (see DocUpdate), never the whole project. */
  docChanged: { channel: 'doc:changed', payload: DocUpdateSchema },
  /** The save state moved ("saving", "saved", "error") without a change to the document. */
  docSaveState: { channel: 'doc:saveState', payload: ProjectInfoSchema },
  /** A native menu item was chosen; the renderer runs the same command as its keyboard shortcut. */
  menuCommand: { channel: 'menu:command', payload: MenuCommandSchema },
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Request<M extends MethodName> = z.input<Contract[M]['req']>;
export type Response<M extends MethodName> = z.output<Contract[M]['res']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]['payload']>;

/** What every IPC reply carries: a value, or a problem to show. Errors thrown across IPC lose their fields. */
export type Envelope<T> = { ok: true; value: T } | { ok: false, problem: Problem };

/** The API the renderer sees as `window.api`, derived from the contract. */
export type DesktopApi = { [M in MethodName]: (req: Request<M>) => Promise<Response<M>> } & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** Thrown in the renderer when a call comes back with a problem. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message ?? problem.code);
  }
}

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

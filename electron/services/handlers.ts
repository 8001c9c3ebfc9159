import { contract, type Contract } from '../../shared/ipc/contract';
import type { ProjectSession } from './projectSession';
import { documentHandlers } from './handlers/document';
import { projectHandlers } from './handlers/project';
import { versionsHandlers } from './handlers/versions';
import { reviewHandlers } from './handlers/review';
import { checksHandlers } from './handlers/checks';
import { exportHandlers } from './handlers/export';
import { recordHandlers } from './handlers/record';
import { glossaryHandlers } from './handlers/glossary';
import { shellHandlers } from './handlers/shell';
import type { HandlersOf, ShellHooks } from './handlers/types';

export type { ShellHooks } from './handlers/types';

/** Every contract method's handler (the type makes a missing one a compile error). */
export type Handlers = HandlersOf<Contract>;

/** The contract's handlers over one session. Shared by Electron's IPC and the loopback HTTP bridge. */
export function createHandlers(session: ProjectSession, hooks: ShellHooks = {}): Handlers {
  return {
    ...projectHandlers(session, hooks),
    ...documentHandlers(session, hooks),
    ...versionsHandlers(session, hooks),
    ...reviewHandlers(session, hooks),
    ...checksHandlers(session),
    ...exportHandlers(session, hooks),
    ...recordHandlers(session, hooks),
    ...glossaryHandlers(session, hooks),
    ...shellHandlers(hooks),
  };
}

export function isMethodName(name: string): name is keyof Contract {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

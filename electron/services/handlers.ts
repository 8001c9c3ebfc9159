import type { z } from 'zod';
import { contract, type Contract, type MethodName, type Response } from '../../shared/ipc/contract';
import type { ProjectSession } from './projectSession';

/** A handler receives the request already validated against the contract. */
export type Handlers = { [M in MethodName]: (req: z.output<Contract[M]['req']>) => Promise<Response<M>> };

/** What only the desktop shell can do (native dialogs); the web server passes nothing and gets defaults. */
export interface ShellHooks {
  /** Ask where to save a new project; null = the user cancelled. */
  pickNewProjectFile?: () => Promise<string | null>;
  /** Ask which project to open; null = the user cancelled. */
  pickProjectToOpen?: () => Promise<string | null>;
}

export class CancelledError extends Error {
  readonly code = 'cancelled';
  constructor() {
    super('Cancelled');
  }
}

/** The contract's handlers over one session. Shared by Electron's IPC and the loopback HTTP bridge. */
export function createHandlers(session: ProjectSession, hooks: ShellHooks = {}): Handlers {
  return {
    getSnapshot: async () => session.snapshot(),
    newFromBuiltin: async ({ file }) => {
      const target = file ?? (hooks.pickNewProjectFile ? await hooks.pickNewProjectFile() : await session.freshProjectPath());
      if (!target) throw new CancelledError();
      return session.newFromBuiltin(target);
    },
    openProject: async ({ file }) => {
      const target = file ?? (hooks.pickProjectToOpen ? await hooks.pickProjectToOpen() : null);
      if (!target) throw new CancelledError();
      return session.open(target);
    },
    openBuiltin: async () => session.openBuiltin(),
    listBackups: async ({ file }) => session.listBackups(file),
    openBackup: async ({ file, backup }) => session.openBackup(file, backup),
  };
}

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

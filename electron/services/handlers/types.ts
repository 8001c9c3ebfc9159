import type { z } from 'zod';
import type { documentMethods } from '../../../shared/ipc/methods/document';
import type { projectMethods } from '../../../shared/ipc/methods/project';
import type { versionsMethods } from '../../../shared/ipc/methods/versions';
import type { reviewMethods } from '../../../shared/ipc/methods/review';
import type { MethodTable } from '../../../shared/ipc/method';
import type { exportMethods } from '../../../shared/ipc/methods/export';
import type { checksMethods } from '../../../shared/ipc/methods/checks';
import type { recordMethods } from '../../../shared/ipc/methods/record';
import type { glossaryMethods } from '../../../shared/ipc/methods/glossary';
import type { shellMethods } from '../../../shared/ipc/methods/shell';

/** The method tables by feature; a feature adds its table here to type its handlers. */
export interface FeatureTables {
  project: typeof projectMethods;
  document: typeof documentMethods;
  versions: typeof versionsMethods;
  review: typeof reviewMethods;
  checks: typeof checksMethods;
  export: typeof exportMethods;
  record: typeof recordMethods;
  glossary: typeof glossaryMethods;
  shell: typeof shellMethods;
}

/** Handlers of one feature's methods: each receives the request already validated. */
export type HandlersOf<T extends MethodTable> = { [M in keyof T]: (req: z.output<T[M]['req']>) => Promise<z.output<T[M]['res']>> };
export type FeatureHandlers<F extends keyof FeatureTables> = HandlersOf<FeatureTables[F]>;

/** What only the desktop shell can do (native dialogs); the web server passes nothing and gets defaults. */
export interface ShellHooks {
  /** Ask where to save a new project; null = the user cancelled. */
  pickNewProjectFile?: () => Promise<string | null>;
  /** Ask which project to open; null = the user cancelled. */
  pickProjectToOpen?: () => Promise<string | null>;
  /** Ask where to save the open project under another name; null = the user cancelled. */
  pickSaveAsFile?: () => Promise<string | null>;
  /** Ask where to write an export (suggested file name, format); null = the user cancelled. */
  pickExportTarget?: (suggestedName: string, format: 'docx' | 'pdf') => Promise<string | null>;
  /** Ask where to save a review file (copy, packet, review .docx, comments matrix); null = the user cancelled. */
  pickReviewFile?: (suggestedName: string) => Promise<string | null>;
  /** Ask where to save a progress template or a self-evaluation report; null = the user cancelled. */
  pickRecordFile?: (suggestedName: string) => Promise<string | null>;
  /** Ask where to save a glossary exchange file (CSV, TBX); null = the user cancelled. */
  pickGlossaryFile?: (suggestedName: string) => Promise<string | null>;
  /** Open a file with the system's application (Electron: shell.openPath). */
  openPath?: (file: string) => Promise<void>;
  /** Show a file in its folder (Electron: shell.showItemInFolder). */
  showItemInFolder?: (file: string) => void;
  /** The page answered `flushBeforeClose` with this id (its uncommitted typing was sent). */
  rendererFlushed?: (id: string) => void;
}


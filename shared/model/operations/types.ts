import type { Patch } from '../patch/patch';

/**
 * A domain operation compiled against one state of the project: what to call it in Edit ▸ Undo
 * (an operation code; the UI words it) and the patches that make it. `applyChange` sends both.
 */
export interface Operation {
  /** Operation code, e.g. `editText`, `insert`, `remove`; the UI translates it (`operations.<code>`). */
  label: OperationCode;
  patches: Patch[];
}

export type OperationCode =
  | 'editText'
  | 'setStatus'
  | 'setLabel'
  | 'insert'
  | 'remove'
  | 'duplicate'
  | 'move'
  | 'editMetadata'
  | 'replaceAll'
  | 'keepCarriedOver'
  | 'reviseCarriedOver'
  | 'dropCarriedOver'
  | 'useProposedSchedule'
  | 'glossaryAdd'
  | 'glossaryEdit'
  | 'glossaryRemove'
  | 'glossaryImport'
  | 'recordEventSave'
  | 'recordEventDelete'
  | 'recordStatus'
  | 'recordImport'
  | 'recordWorkPlan'
  | 'recordForeseenEvent';

/** Makes fresh element ids. Passed in by the caller so shared/ stays pure (the renderer uses crypto.randomUUID). */
export type IdFactory = () => string;


import type { DocumentEditor } from './useDocumentEditor';

/**
 * The desktop is closing or quitting (menu command `flushBeforeClose`): commit the typing not
 * committed yet and wait until main has taken it, then answer `flushDone`, so main saves only
 * after the last keystrokes have arrived. A failed commit still answers: closing is never blocked.
 */
export async function answerFlushBeforeClose(editor: Pick<DocumentEditor, 'flushDrafts'>, flushDone: (req: { id: string }) => Promise<unknown>, id: string): Promise<void> {
  await editor.flushDrafts().catch(() => undefined);
  await flushDone({ id }).catch(() => undefined);
}

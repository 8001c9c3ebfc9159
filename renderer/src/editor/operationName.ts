import type { TFunction } from 'i18next';
import type { OperationCode } from '../../../shared/model/operations';

const CODES: readonly OperationCode[] = ['editText', 'setStatus', 'setLabel', 'insert', 'remove', 'duplicate', 'move', 'editMetadata', 'replaceAll',
  'keepCarriedOver', 'reviseCarriedOver', 'dropCarriedOver', 'useProposedSchedule', 'glossaryAdd', 'glossaryEdit', 'glossaryRemove', 'glossaryImport',
  'recordEventSave', 'recordEventDelete', 'recordStatus', 'recordImport',
  'recordWorkPlan', 'recordForeseenEvent'];

/** The words for an undo label: an operation code in the UI language, or the label as given (other features' words). */
export function operationName(t: TFunction, label: string): string {
  if (label.startsWith('review.undo.')) return t(label as 'review.undo.addComment');
  return (CODES as readonly string[]).includes(label) ? t(`operations.${label as OperationCode}`) : label;
}

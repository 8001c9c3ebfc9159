/**
 * Puts the caret in the first text field of an element that an edit has just created (a row
 * inserted or duplicated), once React has drawn it: the store applies main's reply first and the
 * page renders on a later frame, so this looks for it for a few frames and gives up quietly (the
 * element may sit on a page that is not open, or be folded away).
 */
export function focusWhenShown(elementId: string, framesLeft = 30): void {
  const field = document.querySelector<HTMLTextAreaElement>(`textarea[data-element-id="${CSS.escape(elementId)}"]:not([readonly])`);
  if (field) {
    field.focus({ preventScroll: true });
    field.scrollIntoView({ block: 'nearest' });
    return;
  }
  if (framesLeft > 0) requestAnimationFrame(() => focusWhenShown(elementId, framesLeft - 1));
}

/**
 * Puts the caret in the first text field of an element that an edit has just created (a row
 * inserted, duplicated or added at the end of a list), once React has drawn it: the store applies main's reply first and the
 * page renders on a later frame, so this looks for it for a few frames and gives up quietly (the
 * element may sit on a page that is not open, or be folded away).
 */
export function focusWhenShown(elementId: string): void {
  const id = CSS.escape(elementId);
  // Its own field, else the first one in its row (a new list's first item).
  const find = () =>
    document.querySelector<HTMLTextAreaElement>(`textarea[data-element-id="${id}"]:not([readonly])`) ??
    document.querySelector<HTMLTextAreaElement>(`[data-row-id="${id}"] textarea:not([readonly])`);
  whenShown(find, (field) => {
    field.focus({ preventScroll: true });
    field.scrollIntoView({ block: 'nearest' });
  });
}

/**
 * Moves focus to an element's first field in the editor (the outline's Enter): its own first
 * text field, else the first one of its row or page (a container such as the action plan has
 * none of its own). Read-only fields take focus too: they can be read and copied.
 */
export function focusFirstField(root: HTMLElement, elementId: string): void {
  const id = CSS.escape(elementId);
  whenShown(
    () =>
      root.querySelector<HTMLElement>(`textarea[data-element-id="${id}"], input[data-element-id="${id}"]`) ??
      root.querySelector<HTMLElement>(`[data-row-id="${id}"] textarea`) ??
      root.querySelector<HTMLElement>('textarea'),
    (field) => {
      field.focus({ preventScroll: true });
      field.scrollIntoView({ block: 'nearest' });
    },
  );
}

/** Calls `then` with what `find` finds, looking again on each of the next `frames` frames until it does. */
function whenShown<T>(find: () => T | null, then: (found: T) => void, frames = 30): void {
  const found = find();
  if (found) then(found);
  else if (frames > 0) requestAnimationFrame(() => whenShown(find, then, frames - 1));
}

/**
 * Work that follows a keystroke but is not its echo (the draft sent to the checker, the term hits
 * under the field) runs after the frame that draws the key: a requestAnimationFrame callback runs
 * just before that frame's paint, and a task it posts runs after it. Where no frame will come (a
 * hidden page, a test DOM without frames) it runs in the next task.
 *
 * A slot holds at most one pending run, the latest work replacing what was waiting: keys faster
 * than frames send one draft per frame, and the last one always goes.
 */
export interface AfterPaintSlot {
  /** Run `work` after the next paint, in place of any work still waiting in this slot. */
  schedule(work: () => void): void;
  /** Drop the waiting work (it was superseded by something done at once). */
  cancel(): void;
}

export function createAfterPaintSlot(): AfterPaintSlot {
  let waiting: (() => void) | null = null;
  let frame: number | null = null;
  let task: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    task = null;
    const work = waiting;
    waiting = null;
    work?.();
  };
  const cancel = () => {
    waiting = null;
    if (frame !== null) cancelAnimationFrame(frame);
    if (task !== null) clearTimeout(task);
    frame = task = null;
  };
  return {
    schedule(work) {
      const armed = waiting !== null;
      waiting = work;
      if (armed) return;
      const framesCome = typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && document.visibilityState !== 'hidden';
      if (!framesCome) {
        task = setTimeout(run, 0);
        return;
      }
      frame = requestAnimationFrame(() => {
        frame = null;
        task = setTimeout(run, 0);
      });
    },
    cancel,
  };
}

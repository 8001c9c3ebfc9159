/**
 * The text of a field as it is being typed, for what shows beside the field and follows the typing
 * (its term hits). The textarea itself holds the text (it is not a controlled React input), so a
 * keystroke re-renders nothing: the field sets this after the key is drawn, and only its
 * subscribers (read with useSyncExternalStore) render again.
 */
export interface LiveText {
  get(): string;
  set(text: string): void;
  subscribe(listener: () => void): () => void;
}

export function createLiveText(initial: string): LiveText {
  let text = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => text,
    set(next) {
      if (next === text) return;
      text = next;
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

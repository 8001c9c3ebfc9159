/**
 * Instruments a page for the editor benchmark, before any of the app's scripts run
 * (page.addInitScript): counts every byte the renderer receives from the services (fetch replies
 * and the doc:* server-sent events), collects long tasks (PerformanceObserver 'longtask') and
 * per-key echo times measured two ways:
 * - `echoes`: keydown to a task posted from the first animation frame after the field's input
 *   event, i.e. until the main thread has drawn the key (its paint recorded and committed);
 * - `eventDurations`: the browser's own Event Timing API (the standard for what a user feels):
 *   each keydown's `duration`, from the key's time stamp to the next paint presented on screen,
 *   rounded to 8 ms by the browser. It reports only keys of 16 ms or more (the lowest threshold
 *   allowed); `keys` counts every key so the others are known to be under 16 ms.
 *
 * Kept as a plain function so it serialises into the page; it reads nothing from the app.
 */
export function typingProbe(): void {
  const w = window as unknown as Record<string, unknown> & { __probe: Probe };
  interface Probe {
    bytes: number;
    longTasks: Array<{ start: number; duration: number }>;
    echoes: number[];
    eventDurations: number[];
    keys: number;
    lastKeyAt: number;
  }
  const probe: Probe = { bytes: 0, longTasks: [], echoes: [], eventDurations: [], keys: 0, lastKeyAt: 0 };
  w.__probe = probe;
  const size = (text: string) => new Blob([text]).size;

  const fetch0 = window.fetch.bind(window);
  window.fetch = async (...args: Parameters<typeof fetch>) => {
    const res = await fetch0(...args);
    void res.clone().text().then((t) => (probe.bytes += size(t)), () => undefined);
    return res;
  };
  const EventSource0 = window.EventSource;
  window.EventSource = class extends EventSource0 {
    constructor(url: string | URL, init?: EventSourceInit) {
      super(url, init);
      for (const channel of ['doc:changed', 'doc:saveState']) super.addEventListener(channel, (e) => (probe.bytes += size(String((e as MessageEvent).data))));
    }
  } as typeof EventSource;

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'keydown') probe.eventDurations.push(e.duration);
  }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);

  // Echo: from the key's event time to the frame after the field took the character.
  let keyAt = 0;
  document.addEventListener('keydown', (e) => {
    keyAt = e.timeStamp;
    probe.lastKeyAt = e.timeStamp;
    probe.keys++;
  }, true);
  document.addEventListener('input', () => {
    const t0 = keyAt;
    if (!t0) return;
    keyAt = 0;
    requestAnimationFrame(() => setTimeout(() => probe.echoes.push(performance.now() - t0), 0));
  }, true);
}

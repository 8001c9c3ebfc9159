import { describe, expect, it } from 'vitest';
import { applyWaivers, findingsOf } from '../../../shared/checks/registry';
import type { Project } from '../../../shared/model/project';
import { applyPatches, type Patch } from '../../../shared/model/patch/patch';
import { editText } from '../../../shared/model/operations';
import { createCheckerHost } from '../../../renderer/src/findings/checkerHost';
import type { FromChecker, ToChecker } from '../../../renderer/src/findings/checkerProtocol';
import { createFindingsSource, type CheckerPort, type FindingsSource } from '../../../renderer/src/findings/findingsSource';
import { createProjectStore } from '../../../renderer/src/store/projectStore';
import { fakeMain } from '../store/fakeMain';

/**
 * The renderer's findings come from a checker behind a message channel (a Web Worker in the app):
 * it is sent the whole project once and then only the store's patches, and its findings equal a
 * fresh check of the project the store holds. The channel here copies every message with
 * structuredClone and delivers it later, as postMessage does.
 */
function workerLikePort(log: ToChecker[], options: { failOnStart?: boolean } = {}): CheckerPort {
  let toPage: (m: FromChecker) => void = () => undefined;
  let fail: () => void = () => undefined;
  const host = createCheckerHost((m) => setTimeout(() => toPage(structuredClone(m))), 0);
  return {
    post(message) {
      log.push(message);
      const copy = structuredClone(message);
      setTimeout(() => (options.failOnStart ? fail() : host.receive(copy)));
    },
    listen(onMessage, onFail) {
      toPage = onMessage;
      fail = onFail;
    },
    terminate: () => host.dispose(),
  };
}

const schedulePath = ['framework', 'actionPlan', 'components', 0, 'actions', 0, 'activities', 0, 'schedule', 'text'];
const emptySchedule: Patch[] = [
  { op: 'replace', path: [...schedulePath, 'en', 'text'], value: '' },
  { op: 'replace', path: [...schedulePath, 'zh', 'text'], value: '' },
];

/** What the Findings panel lists: the document's findings (the record's are shown with the record), waivers applied. */
const panelFindings = (p: Project) => applyWaivers(findingsOf({ framework: p.framework, glossary: p.glossary, review: p.review }), p.waivers);

/** Resolves once the source has findings for `revision`. */
function findingsAt(source: FindingsSource, revision: number) {
  return new Promise<void>((resolve) => {
    const done = () => {
      if (source.getState().revision === revision) {
        stop();
        resolve();
      }
    };
    const stop = source.subscribe(done);
    done();
  });
}

async function started(port: (log: ToChecker[]) => CheckerPort | null) {
  const main = fakeMain();
  const store = createProjectStore(main.client);
  store.start();
  await store.resync();
  const log: ToChecker[] = [];
  const source = createFindingsSource(store, () => port(log));
  return { main, store, source, log };
}

describe('findings from the checker worker', () => {
  it('sends the project once, then patches only; the findings are those of a fresh check', async () => {
    const { main, store, source, log } = await started(workerLikePort);
    await findingsAt(source, main.revision);
    const fresh = (p = store.getState()!.project) => panelFindings(p);
    expect(source.getState().result).toEqual(fresh());

    main.external(emptySchedule);
    main.deliver();
    await findingsAt(source, main.revision);
    expect(log.map((m) => m.type)).toEqual(['reset', 'patches']);
    expect(log[1]).toEqual({ type: 'patches', revision: main.revision, patches: emptySchedule });
    const result = source.getState().result;
    expect(result).toEqual(fresh());
    expect(result.active.some((f) => f.code === 'schedule-empty' && f.elementIds[0] === 'ap-c1-a1-x1')).toBe(true);

    // Typing that changes no finding sends back the revision only: the page keeps its result object.
    const received: string[] = [];
    const off = source.subscribe(() => received.push(source.getState().result === result ? 'same' : 'new'));
    main.external([{ op: 'replace', path: ['framework', 'actionPlan', 'components', 0, 'actions', 0, 'activities', 0, 'text', 'en', 'text'], value: `${store.getState()!.project.framework.actionPlan.components[0].actions[0].activities[0].text.en.text} ` }]);
    main.deliver();
    await findingsAt(source, main.revision);
    off();
    expect(received).toEqual(['same']);
    expect(source.getState().result).toEqual(fresh());
    source.stop();
  });

  it('follows text still being typed: a draft is checked as if committed, and dropped once its commit arrives', async () => {
    const { main, store, source } = await started(workerLikePort);
    await findingsAt(source, main.revision);
    const committed = store.getState()!.project;
    const changed = () => new Promise<void>((resolve) => {
      const before = source.getState().result;
      const stop = source.subscribe(() => {
        if (source.getState().result !== before) {
          stop();
          resolve();
        }
      });
    });

    // The user empties the schedule's English and has not paused yet: nothing is committed, and
    // the findings are those of the project as the user sees it (the draft applied).
    let next = changed();
    source.draft({ elementId: 'ap-c1-a1-x1', field: 'schedule', lang: 'en', text: '' }, false);
    await next;
    expect(store.getState()!.project).toBe(committed);
    const asSeen = applyPatches(committed, editText(committed, 'ap-c1-a1-x1', 'schedule', 'en', '').patches).result;
    expect(source.getState().result).toEqual(panelFindings(asSeen));
    expect(source.getState().result).not.toEqual(panelFindings(committed));

    // The user types the text back and the editor commits it: once that commit's patches arrive
    // the draft is gone and the findings are the committed project's again.
    const original = store.getState()!.project.framework.actionPlan.components[0].actions[0].activities[0].schedule.text.en.text;
    next = changed();
    source.draft({ elementId: 'ap-c1-a1-x1', field: 'schedule', lang: 'en', text: original }, false);
    await next;
    source.draft({ elementId: 'ap-c1-a1-x1', field: 'schedule', lang: 'en', text: original }, true);
    main.external([{ op: 'replace', path: ['framework', 'actionPlan', 'components', 0, 'actions', 0, 'activities', 0, 'text', 'en', 'text'], value: 'Another field edited' }]);
    main.deliver();
    await findingsAt(source, main.revision);
    expect(source.getState().result).toEqual(panelFindings(store.getState()!.project));
    source.stop();
  });

  it('answers the export pre-flight from the same checker', async () => {
    const { main, source } = await started(workerLikePort);
    main.external(emptySchedule);
    main.deliver();
    const summary = await source.preflight('bilingual');
    expect(summary?.errors.map((e) => e.code)).toContain('schedule-empty');
    expect(summary?.finalAllowed).toBe(false);
    source.stop();
  });

  it('sends the whole project again when it is replaced, and when patches do not fit (a gap)', async () => {
    const { main, store, source, log } = await started(workerLikePort);
    await findingsAt(source, main.revision);
    main.replaceWhole({ ...main.project, waivers: [] });
    main.deliver();
    await store.resync();
    await findingsAt(source, main.revision);
    expect(log.at(-1)?.type).toBe('reset');
    // A patch message skipping a revision: the checker asks for the project.
    const host: FromChecker[] = [];
    const h = createCheckerHost((m) => host.push(m), 0);
    h.receive({ type: 'reset', revision: 3, project: main.project });
    h.receive({ type: 'patches', revision: 5, patches: emptySchedule });
    expect(host).toEqual([{ type: 'resync' }]);
    h.dispose();
    source.stop();
  });

  it('checks in the page when the worker cannot start', async () => {
    const { main, store, source } = await started((log) => workerLikePort(log, { failOnStart: true }));
    main.external(emptySchedule);
    main.deliver();
    await findingsAt(source, main.revision);
    const p = store.getState()!.project;
    expect(source.getState().result).toEqual(panelFindings(p));
    source.stop();
  });

  it('checks in the page where no Worker exists (as in these tests)', async () => {
    const { main, source } = await started(() => null);
    await findingsAt(source, main.revision);
    expect(source.getState().result.counts.error).toBeGreaterThan(0);
    source.stop();
  });
});

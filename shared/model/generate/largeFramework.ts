import type { Activity, AnnexEntry, Component, Framework, PlanComponent } from '../framework';
import type { Project } from '../project';
import { cloneJson } from '../clone';
import { emptyReviewState } from '../../review/model';

/**
 * A framework about ten times the published one, for benchmarks and stress tests: built from the
 * 2021-2025 edition by repeating and varying its parts, deterministically (same input and scale →
 * same output). At scale 10: 40 components, ~600 action-plan activities, ~1,000 annex entries, with
 * Chinese text wherever the source has it.
 */
export interface LargeFrameworkOptions {
  /** 10 → 40 components, ~600 activities, ~1,000 annex entries. */
  scale?: number;
  seed?: number;
}

/** A small deterministic pseudo-random generator (xorshift32): same seed, same sequence. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x100000000;
  };
}

const YEARS = ['2026-2030', '2027-2029', 'Annually', '2026, 2028, 2030', '2028-2030', '2026-2027, to be launched in 2026'];

export function generateLargeFramework(base: Project, options: LargeFrameworkOptions = {}): Project {
  const scale = options.scale ?? 10;
  const rand = seededRandom(options.seed ?? 2026);
  const fw: Framework = cloneJson(base.framework);
  const src = base.framework;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
  const variant = (text: string, n: number) => (text ? `${text} (${n})` : text);

  const components: Component[] = [];
  const plan: PlanComponent[] = [];
  const componentCount = src.components.length * scale;
  // ~600 activities at scale 10 over 40 components: 15 per component, as 3 actions × 5.
  const activitiesPerComponent = 15;
  const actionsPerComponent = 3;
  for (let c = 0; c < componentCount; c++) {
    const model = src.components[c % src.components.length];
    const cid = `g-c${c + 1}`;
    components.push({
      id: cid,
      label: null,
      title: { en: { ...model.title.en, text: variant(model.title.en.text, c + 1) }, zh: { ...model.title.zh, text: variant(model.title.zh.text, c + 1) } },
      paragraphs: model.paragraphs.map((p, i) => ({ ...cloneJson(p), id: `${cid}-p${i + 1}` })),
      mainActivities: model.mainActivities.map((m, i) => ({ ...cloneJson(m), id: `${cid}-m${i + 1}` })),
    });
    const modelPlan = src.actionPlan.components[c % src.actionPlan.components.length];
    const allModelActivities = modelPlan.actions.flatMap((a) => a.activities);
    const actions = Array.from({ length: actionsPerComponent }, (_, a) => {
      const modelAction = modelPlan.actions[a % modelPlan.actions.length];
      const aid = `g-ap-c${c + 1}-a${a + 1}`;
      const count = Math.ceil(activitiesPerComponent / actionsPerComponent);
      const activities: Activity[] = Array.from({ length: count }, (_, x) => {
        const m = allModelActivities[(a * count + x) % allModelActivities.length];
        return {
          ...cloneJson(m),
          id: `${aid}-x${x + 1}`,
          label: null,
          text: { en: { ...m.text.en, text: variant(m.text.en.text, x + 1) }, zh: { ...m.text.zh, text: variant(m.text.zh.text, x + 1) } },
          schedule: { text: { en: { text: pick(YEARS), status: 'draft' }, zh: { text: '', status: 'missing' } } },
        };
      });
      return { id: aid, label: null, title: cloneJson(modelAction.title), activities };
    });
    plan.push({ id: `g-ap-c${c + 1}`, componentId: cid, label: null, focus: cloneJson(modelPlan.focus), actions });
  }
  fw.components = components;
  fw.actionPlan.components = plan;

  const entriesPerArea = Math.round((src.annex.areas.reduce((n, a) => n + a.entries.length, 0) * scale * 1.6) / (src.annex.areas.length * 2));
  fw.annex.areas = Array.from({ length: src.annex.areas.length * 2 }, (_, a) => {
    const model = src.annex.areas[a % src.annex.areas.length];
    const aid = `g-annex-a${a + 1}`;
    const entries: AnnexEntry[] = Array.from({ length: entriesPerArea }, (_, e) => {
      const m = model.entries[e % model.entries.length];
      return { ...cloneJson(m), id: `${aid}-e${e + 1}`, label: null, text: { en: { ...m.text.en, text: variant(m.text.en.text, e + 1) }, zh: cloneJson(m.text.zh) } };
    });
    return { id: aid, heading: cloneJson(model.heading), entries };
  });
  fw.id = `${src.id}-x${scale}`;
  // The source's review threads point at its own elements, which the generated framework renames.
  return { ...cloneJson(base), framework: fw, review: emptyReviewState() };
}

import type { BiText, Language } from '../model/bilingual';
import { indexElements, type ElementKind, type ElementRef } from '../model/elements';
import { computeLabels } from '../model/labels';
import type { Project } from '../model/project';
import { resolveAnchor, type AnchorResolution } from './anchors';
import type { Anchor, Decision, Reviewer } from './model';
import { buildThreads } from './threads';

/**
 * The disposition register: one row per comment or suggestion, with where it points, the
 * reviewer, the thread and the drafter's decision. The register view filters these rows and the
 * comments matrix (.docx / .csv) prints them.
 */
export interface RegisterRow {
  /** 1-based, in the order the comments were made (stable across filters). */
  number: number;
  itemId: string;
  kind: 'comment' | 'suggestion';
  reviewer: Reviewer;
  createdAt: string;
  anchor: Anchor;
  elementKind: ElementKind | null;
  /** Printed label of the element ("Activity 1-2", "2.1"; in the rows' language) or '' when it has none. */
  elementLabel: string;
  /** The component the element belongs to (id), or null for the general parts. */
  componentId: string | null;
  componentTitle: BiText | null;
  resolution: AnchorResolution;
  body: string;
  original?: string;
  replacement?: string;
  replies: { author: string; body: string; createdAt: string }[];
  status: 'open' | 'resolved';
  decision: Decision | null;
  response: { en: string; zh: string };
  applied: boolean;
}

export interface RegisterFilter {
  reviewer?: string;
  country?: string;
  component?: string;
  status?: 'open' | 'resolved';
  decision?: Decision | 'none';
}

/** The component an element belongs to: itself, its ancestor component, or the component a plan entry is for. */
function componentOf(el: ElementRef | undefined, index: ReadonlyMap<string, ElementRef>, project: Project): string | null {
  for (let e = el; e; e = e.parentId ? index.get(e.parentId) : undefined) {
    if (e.kind === 'component') return e.id;
    if (e.kind === 'planComponent') return project.framework.actionPlan.components.find((pc) => pc.id === e!.id)?.componentId ?? null;
  }
  return null;
}

/** Every comment and suggestion of the project as register rows, with labels in `lang`. */
export function registerRows(project: Project, lang: Language = 'en'): RegisterRow[] {
  const index = indexElements(project.framework);
  const labels = computeLabels(project.framework, lang);
  const titles = new Map(project.framework.components.map((c) => [c.id, c.title]));
  return buildThreads(project.review).map((t, i) => {
    const el = index.get(t.root.anchor.elementId);
    const componentId = componentOf(el, index, project);
    return {
      number: i + 1,
      itemId: t.root.id,
      kind: t.root.kind,
      reviewer: t.root.author,
      createdAt: t.root.createdAt,
      anchor: t.root.anchor,
      elementKind: el?.kind ?? null,
      elementLabel: labels.get(t.root.anchor.elementId)?.label ?? '',
      componentId,
      componentTitle: componentId ? titles.get(componentId) ?? null : null,
      resolution: resolveAnchor(t.root.anchor, index),
      body: t.root.body,
      ...(t.root.kind === 'suggestion' ? { original: t.root.original, replacement: t.root.replacement } : {}),
      replies: t.replies.map((r) => ({ author: r.author.name, body: r.body, createdAt: r.createdAt })),
      status: t.resolved ? 'resolved' : 'open',
      decision: t.disposition?.decision ?? null,
      response: t.disposition?.response ?? { en: '', zh: '' },
      applied: t.disposition?.applied ?? false,
    };
  });
}

/** Rows matching every given criterion. */
export function filterRegister(rows: readonly RegisterRow[], f: RegisterFilter): RegisterRow[] {
  return rows.filter(
    (r) =>
      (!f.reviewer || r.reviewer.name === f.reviewer) &&
      (!f.country || r.reviewer.country === f.country) &&
      (!f.component || (f.component === 'general' ? r.componentId === null : r.componentId === f.component)) &&
      (!f.status || r.status === f.status) &&
      (!f.decision || (f.decision === 'none' ? r.decision === null : r.decision === f.decision)),
  );
}

/** Distinct values to offer in the register's filters. */
export function registerFacets(rows: readonly RegisterRow[]): { reviewers: string[]; countries: string[] } {
  const uniq = (xs: string[]) => [...new Set(xs.filter(Boolean))].sort();
  return { reviewers: uniq(rows.map((r) => r.reviewer.name)), countries: uniq(rows.map((r) => r.reviewer.country)) };
}

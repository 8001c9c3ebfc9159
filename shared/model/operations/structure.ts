import { cloneJson } from '../clone';
import { indexElements, type ElementRef } from '../elements';
import type { Component, Framework, ListStyle, PlanComponent, Section } from '../framework';
import type { Patch, Path } from '../patch/patch';
import type { Project } from '../project';
import * as make from './factories';
import { arrayLength, childArrayPath, locateSlot, valueAt, type MovableKind } from './locate';
import { type IdFactory, type Operation } from './types';
import { ProblemError } from '../../ipc/problem';

/**
 * Structure editing: add, remove, duplicate and move elements of the framework. Labels that
 * derive from position are not stored (null), so renumbering after any of these is automatic
 * (`computeLabels`); a label typed by hand stays as typed.
 *
 * Components and their action-plan rows go together: adding a component adds its (empty)
 * action-plan component, removing one removes its rows, duplicating one duplicates its rows, and
 * moving one moves its rows when the plan is in component order.
 */

const PLAN: Path = ['framework', 'actionPlan', 'components'];

function planIndexFor(fw: Framework, componentIndex: number): number {
  const before = new Set(fw.components.slice(0, componentIndex).map((c) => c.id));
  let at = 0;
  fw.actionPlan.components.forEach((pc, i) => {
    if (before.has(pc.componentId)) at = i + 1;
  });
  return at;
}

function emptyOf(kind: MovableKind, id: IdFactory): unknown {
  switch (kind) {
    case 'section': return make.newSection(id);
    case 'paragraph': return make.newParagraph(id);
    case 'list': return make.newList(id);
    case 'listItem': return make.newListItem(id);
    case 'component': return make.newComponent(id);
    case 'mainActivity': return make.newListItem(id);
    case 'action': return make.newAction(id);
    case 'activity': return make.newActivity(id);
    case 'note': return make.newNote(id);
    case 'priorityArea': return make.newPriorityArea(id);
    case 'annexEntry': return make.newAnnexEntry(id);
    case 'planComponent': throw new ProblemError('not-insertable', {}, { message: 'Action-plan components are added with their component' });
  }
}

/**
 * Insert a new, empty element of `kind` under `parentId` (null = top level) at `index` (clamped
 * to the end). Returns the operation and the new element's id.
 */
export function insertElement(
  project: Project,
  kind: MovableKind,
  parentId: string | null,
  index: number,
  id: IdFactory,
): Operation & { id: string } {
  const fw = project.framework;
  const elements = indexElements(fw);
  const arrayPath = childArrayPath(elements, kind, parentId);
  const at = Math.max(0, Math.min(index, arrayLength(project, arrayPath)));
  const value = emptyOf(kind, id) as { id: string };
  const patches: Patch[] = [{ op: 'insert', path: arrayPath, index: at, value }];
  if (kind === 'component') {
    patches.push({ op: 'insert', path: PLAN, index: planIndexFor(fw, at), value: make.newPlanComponent(id, value.id) });
  }
  return { label: 'insert', patches, id: value.id };
}

/** Remove an element (and, for a component, its action-plan rows; for a main activity, references to it). */
export function removeElement(project: Project, elementId: string): Operation {
  const fw = project.framework;
  const slot = locateSlot(project, elementId);
  const patches: Patch[] = [];
  if (slot.element.kind === 'mainActivity') patches.push(...dropTraceReferences(fw, new Set([elementId])));
  patches.push({ op: 'remove', path: slot.arrayPath, index: slot.index });
  if (slot.element.kind === 'component') {
    const rows = fw.actionPlan.components.map((pc, i) => (pc.componentId === elementId ? i : -1)).filter((i) => i >= 0);
    // Highest index first so earlier indices stay valid.
    for (const i of rows.reverse()) patches.push({ op: 'remove', path: PLAN, index: i });
  }
  return { label: 'remove', patches };
}

/** Patches that drop references to main activities that are going away from every activity's trace. */
function dropTraceReferences(fw: Framework, gone: Set<string>): Patch[] {
  const out: Patch[] = [];
  fw.actionPlan.components.forEach((pc, pi) =>
    pc.actions.forEach((a, ai) =>
      a.activities.forEach((act, xi) => {
        const t = act.trace;
        if (t.mainActivityIds.some((m) => gone.has(m)) || t.rejected.some((m) => gone.has(m))) {
          out.push({
            op: 'replace',
            path: [...PLAN, pi, 'actions', ai, 'activities', xi, 'trace'],
            value: { ...t, mainActivityIds: t.mainActivityIds.filter((m) => !gone.has(m)), rejected: t.rejected.filter((m) => !gone.has(m)) },
          });
        }
      }),
    ),
  );
  return out;
}

/** A deep copy with every element id replaced by a fresh one; `ids` records old → new. */
function withFreshIds<T>(value: T, id: IdFactory, ids: Map<string, string>): T {
  const copy = cloneJson(value);
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const rec = node as Record<string, unknown>;
      if (typeof rec.id === 'string') {
        const fresh = id();
        ids.set(rec.id, fresh);
        rec.id = fresh;
      }
      for (const [k, v] of Object.entries(rec)) if (k !== 'id') walk(v);
    }
  };
  walk(copy);
  return copy;
}

/** Insert a copy of an element (fresh ids throughout) right after it. Returns the copy's id. */
export function duplicateElement(project: Project, elementId: string, id: IdFactory): Operation & { id: string } {
  const fw = project.framework;
  const slot = locateSlot(project, elementId);
  const ids = new Map<string, string>();
  const original = valueAt(project, slot.element.path);
  const copy = withFreshIds(original, id, ids) as { id: string };
  // The components, action plan and notes are printed in one place only: a copied section does not print them again.
  if (slot.element.kind === 'section') dropAnchors(copy as unknown as Section);
  const patches: Patch[] = [{ op: 'insert', path: slot.arrayPath, index: slot.index + 1, value: copy }];
  if (slot.element.kind === 'component') {
    const rows = fw.actionPlan.components.filter((pc) => pc.componentId === elementId);
    const at = planIndexFor(fw, slot.index + 1);
    rows.forEach((pc, k) => {
      const rowCopy = withFreshIds(pc, id, ids) as PlanComponent;
      rowCopy.componentId = copy.id;
      // Traces point at the copied component's main activities, not the original's.
      for (const a of rowCopy.actions)
        for (const act of a.activities) {
          act.trace.mainActivityIds = act.trace.mainActivityIds.map((m) => ids.get(m) ?? m);
          act.trace.rejected = act.trace.rejected.map((m) => ids.get(m) ?? m);
        }
      patches.push({ op: 'insert', path: PLAN, index: at + k, value: rowCopy });
    });
  }
  return { label: 'duplicate', patches, id: copy.id };
}

/** Move an element to index `to` (final position) within its own list. */
export function moveElement(project: Project, elementId: string, to: number): Operation {
  const fw = project.framework;
  const slot = locateSlot(project, elementId);
  if (to < 0 || to >= slot.length) throw new ProblemError('bad-index', {}, { message: `Cannot move to ${to}: the list has ${slot.length} items` });
  if (to === slot.index) return { label: 'move', patches: [] };
  const patches: Patch[] = [{ op: 'move', path: slot.arrayPath, from: slot.index, to }];
  if (slot.element.kind === 'component') {
    // Keep the action plan in component order when it was (it is in every published edition).
    const order = fw.components.map((c: Component) => c.id);
    const planOrder = fw.actionPlan.components.map((pc) => pc.componentId);
    if (order.length === planOrder.length && order.every((c, i) => c === planOrder[i])) {
      patches.push({ op: 'move', path: PLAN, from: slot.index, to });
    }
  }
  return { label: 'move', patches };
}

/** Set a label by hand (a string), or return it to the derived, automatic label (null). */
export function setLabel(project: Project, elementId: string, label: string | null, index?: ReadonlyMap<string, ElementRef>): Operation {
  const el = (index ?? indexElements(project.framework)).get(elementId);
  if (!el) throw new ProblemError('no-such-element', {}, { message: `No element ${elementId}` });
  const node = valueAt(project, el.path) as Record<string, unknown>;
  if (!('label' in node)) throw new ProblemError('no-such-field', {}, { message: `${el.kind} ${elementId} has no label` });
  const value = label === null || label.trim() === '' ? null : label;
  return { label: 'setLabel', patches: [{ op: 'replace', path: [...el.path, 'label'], value }] };
}

/** Change how a list is numbered ("1)", "(1)", "1.", "(i)", bullets). */
export function setListStyle(project: Project, listId: string, style: ListStyle): Operation {
  const el = indexElements(project.framework).get(listId);
  if (!el || el.kind !== 'list') throw new ProblemError('no-such-element', {}, { message: `No list ${listId}` });
  return { label: 'setLabel', patches: [{ op: 'replace', path: [...el.path, 'style'], value: style }] };
}

function dropAnchors(section: Section): void {
  section.blocks = section.blocks.filter((b) => b.type === 'paragraph' || b.type === 'list');
  section.subsections.forEach(dropAnchors);
}

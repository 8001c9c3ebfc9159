import { emptyBiText } from '../bilingual';
import type { Framework, Period, Section } from '../framework';
import { indexElements } from '../elements';
import type { Patch } from '../patch/patch';
import type { Project } from '../project';
import { type IdFactory, type Operation } from './types';
import { ProblemError } from '../../ipc/problem';

/**
 * A framework with nothing in it yet: empty titles, no sections, components, actions, notes or
 * priority areas; the period given, status draft, undated. A drafter builds the document from
 * here with the editor alone.
 */
export function emptyFramework(id: IdFactory, period: Period): Framework {
  return {
    id: id(),
    metadata: {
      title: emptyBiText(),
      shortTitle: emptyBiText(),
      period,
      edition: `${period.start}-${period.end}`,
      publisher: { name: emptyBiText(), address: emptyBiText(), phone: '', fax: '', email: '', web: '' },
      status: 'draft',
      date: null,
    },
    contentsTitle: emptyBiText(),
    sections: [],
    components: [],
    actionPlan: { columns: { focus: emptyBiText(), action: emptyBiText(), activity: emptyBiText(), schedule: emptyBiText() }, components: [] },
    notes: { title: emptyBiText(), items: [] },
    annex: {
      id: id(),
      title: emptyBiText(),
      period,
      columns: { number: emptyBiText(), timePlace: emptyBiText(), text: emptyBiText() },
      areas: [],
    },
  };
}

/** Where the components, the action-plan table and the notes are printed: one section block each. */
export type AnchorType = 'components' | 'actionPlan' | 'notes';

/** The section (if any) that prints `type`. */
export function anchorSection(fw: Framework, type: AnchorType): Section | undefined {
  const walk = (ss: readonly Section[]): Section | undefined => {
    for (const s of ss) {
      if (s.blocks.some((b) => b.type === type)) return s;
      const inner = walk(s.subsections);
      if (inner) return inner;
    }
    return undefined;
  };
  return walk(fw.sections);
}

/** Print the components / action plan / notes at the end of a section (each is printed in one place only). */
export function insertAnchor(project: Project, sectionId: string, type: AnchorType, id: IdFactory): Operation {
  const el = indexElements(project.framework).get(sectionId);
  if (!el || el.kind !== 'section') throw new ProblemError('no-such-element', {}, { message: `No section ${sectionId}` });
  if (anchorSection(project.framework, type)) throw new ProblemError('not-insertable', {}, { message: `The ${type} are already printed in another section` });
  const blocks = (el.path.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], project) as Section).blocks;
  const patch: Patch = { op: 'insert', path: [...el.path, 'blocks'], index: blocks.length, value: { id: id(), type } };
  return { label: 'insert', patches: [patch] };
}

/** Stop printing the components / action plan / notes in a section (their content stays). */
export function removeAnchor(project: Project, sectionId: string, type: AnchorType): Operation {
  const el = indexElements(project.framework).get(sectionId);
  if (!el || el.kind !== 'section') throw new ProblemError('no-such-element', {}, { message: `No section ${sectionId}` });
  const blocks = (el.path.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], project) as Section).blocks;
  const index = blocks.findIndex((b) => b.type === type);
  if (index < 0) throw new ProblemError('no-such-element', {}, { message: `Section ${sectionId} does not print the ${type}` });
  return { label: 'remove', patches: [{ op: 'remove', path: [...el.path, 'blocks'], index }] };
}

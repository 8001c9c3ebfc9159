import { GlossaryTermSchema, type GlossaryTerm } from '../model/glossary';
import type { Patch } from '../model/patch/patch';
import type { Project } from '../model/project';
import type { Operation } from '../model/operations/types';

/**
 * Editing the project's glossary as undoable changes (patches on the `glossary` slot), so the
 * terminology findings follow at once and Undo brings a deleted term back.
 */

/** Why a glossary change was refused (the UI words the code; `field` names the input at fault). */
// eslint-disable-next-line no-restricted-syntax -- carries the form field at fault; to move onto ProblemError
export class GlossaryError extends Error {
  constructor(
    readonly code: 'invalid-term' | 'duplicate-term' | 'no-such-term',
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The key two terms may not share: the English, compared as the matcher compares it. */
export const termKey = (en: string): string => en.trim().toLowerCase().replace(/\s*-\s*/g, '-').replace(/\s+/g, ' ');

/** A term as typed in a form: trimmed, empty optional values dropped, variants de-duplicated. */
export function cleanTerm(raw: GlossaryTerm): GlossaryTerm {
  const opt = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());
  const variants = [...new Set((raw.variants ?? []).map((v) => v.trim()).filter((v) => v !== ''))];
  const term: GlossaryTerm = { id: raw.id, en: raw.en.trim(), zh: raw.zh.trim() };
  const acronym = opt(raw.acronym);
  const short = opt(raw.short);
  const note = opt(raw.note);
  const source = opt(raw.source);
  if (acronym) term.acronym = acronym;
  if (short) term.short = short;
  if (source) term.source = source;
  if (variants.length) term.variants = variants;
  if (note) term.note = note;
  return term;
}

function validated(raw: GlossaryTerm): GlossaryTerm {
  const term = cleanTerm(raw);
  const r = GlossaryTermSchema.safeParse(term);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new GlossaryError('invalid-term', issue.message, String(issue.path[0] ?? ''));
  }
  return r.data;
}

function duplicateOf(glossary: readonly GlossaryTerm[], term: GlossaryTerm): GlossaryTerm | undefined {
  return glossary.find((t) => t.id !== term.id && termKey(t.en) === termKey(term.en));
}

/** Add a term at the end of the glossary. Refused when it is invalid or its English is already a term. */
export function addTerm(project: Project, raw: GlossaryTerm): Operation {
  const term = validated(raw);
  const dup = duplicateOf(project.glossary, term);
  if (dup) throw new GlossaryError('duplicate-term', `"${term.en}" is already in the glossary`, 'en');
  if (project.glossary.some((t) => t.id === term.id)) throw new GlossaryError('duplicate-term', `A term with id ${term.id} exists`, 'id');
  return { label: 'glossaryAdd', patches: [{ op: 'insert', path: ['glossary'], index: project.glossary.length, value: term }] };
}

/** Replace the term with `raw.id` by `raw` (validated as for adding). */
export function editTerm(project: Project, raw: GlossaryTerm): Operation {
  const index = project.glossary.findIndex((t) => t.id === raw.id);
  if (index < 0) throw new GlossaryError('no-such-term', `No term ${raw.id}`);
  const term = validated(raw);
  const dup = duplicateOf(project.glossary, term);
  if (dup) throw new GlossaryError('duplicate-term', `"${term.en}" is already in the glossary`, 'en');
  return { label: 'glossaryEdit', patches: [{ op: 'replace', path: ['glossary', index], value: term }] };
}

/** Delete one term. */
export function removeTerm(project: Project, id: string): Operation {
  const index = project.glossary.findIndex((t) => t.id === id);
  if (index < 0) throw new GlossaryError('no-such-term', `No term ${id}`);
  return { label: 'glossaryRemove', patches: [{ op: 'remove', path: ['glossary'], index }] };
}

/** What importing a file would do: terms updated in place (same English), terms added. */
export interface GlossaryMergePlan {
  added: GlossaryTerm[];
  updated: GlossaryTerm[];
  unchanged: number;
}

/**
 * Merge imported terms into the glossary: a term whose English is already there replaces it
 * (keeping the existing id, so nothing that refers to it breaks), any other is added. One
 * undoable change.
 */
export function importTerms(project: Project, incoming: readonly GlossaryTerm[]): { operation: Operation; plan: GlossaryMergePlan } {
  const byKey = new Map(project.glossary.map((t, i) => [termKey(t.en), i]));
  const ids = new Set(project.glossary.map((t) => t.id));
  const patches: Patch[] = [];
  const plan: GlossaryMergePlan = { added: [], updated: [], unchanged: 0 };
  let length = project.glossary.length;
  for (const raw of incoming) {
    const at = byKey.get(termKey(raw.en));
    if (at !== undefined) {
      const term = validated({ ...raw, id: project.glossary[at].id });
      if (JSON.stringify(term) === JSON.stringify(project.glossary[at])) {
        plan.unchanged++;
        continue;
      }
      patches.push({ op: 'replace', path: ['glossary', at], value: term });
      plan.updated.push(term);
    } else {
      let id = raw.id;
      for (let n = 2; ids.has(id); n++) id = `${raw.id}-${n}`;
      const term = validated({ ...raw, id });
      ids.add(id);
      byKey.set(termKey(term.en), length);
      patches.push({ op: 'insert', path: ['glossary'], index: length++, value: term });
      plan.added.push(term);
    }
  }
  return { operation: { label: 'glossaryImport', patches }, plan };
}

/** A fresh term id from its English ("Green Envoys Programme" → "green-envoys-programme"), unique in the glossary. */
export function newTermId(glossary: readonly GlossaryTerm[], en: string): string {
  const base = en.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'term';
  const ids = new Set(glossary.map((t) => t.id));
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  return id;
}

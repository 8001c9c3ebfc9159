import type { Framework, Section } from './framework';

/** Where an id is used a second time: the id and the path of that second element. */
export interface DuplicateId {
  id: string;
  path: (string | number)[];
}

/**
 * Ids used by more than one element of a framework. Every element is addressed by its id alone
 * (edit-by-id, comments, findings, compare: shared/model/elements.ts), so a second element with
 * the same id would silently receive the edits meant for the first: the schema refuses it.
 */
export function duplicateElementIds(fw: Framework): DuplicateId[] {
  const seen = new Set<string>();
  const out: DuplicateId[] = [];
  const use = (id: string, path: (string | number)[]) => {
    if (seen.has(id)) out.push({ id, path });
    else seen.add(id);
  };
  const walk = (sections: readonly Section[], base: (string | number)[]) =>
    sections.forEach((s, si) => {
      const sp = [...base, si];
      use(s.id, sp);
      s.blocks.forEach((b, bi) => {
        use(b.id, [...sp, 'blocks', bi]);
        if (b.type === 'list') b.items.forEach((it, ii) => use(it.id, [...sp, 'blocks', bi, 'items', ii]));
      });
      walk(s.subsections, [...sp, 'subsections']);
    });
  walk(fw.sections, ['sections']);
  fw.components.forEach((c, ci) => {
    use(c.id, ['components', ci]);
    c.paragraphs.forEach((p, pi) => use(p.id, ['components', ci, 'paragraphs', pi]));
    c.mainActivities.forEach((m, mi) => use(m.id, ['components', ci, 'mainActivities', mi]));
  });
  fw.actionPlan.components.forEach((pc, pi) => {
    use(pc.id, ['actionPlan', 'components', pi]);
    pc.actions.forEach((a, ai) => {
      use(a.id, ['actionPlan', 'components', pi, 'actions', ai]);
      a.activities.forEach((x, xi) => use(x.id, ['actionPlan', 'components', pi, 'actions', ai, 'activities', xi]));
    });
  });
  fw.notes.items.forEach((n, ni) => use(n.id, ['notes', 'items', ni]));
  use(fw.annex.id, ['annex']);
  fw.annex.areas.forEach((a, ai) => {
    use(a.id, ['annex', 'areas', ai]);
    a.entries.forEach((e, ei) => use(e.id, ['annex', 'areas', ai, 'entries', ei]));
  });
  return out;
}

import { describe, expect, it } from 'vitest';
import { forEachField } from '../../../shared/checks/walk';
import { listElements } from '../../../shared/model/elements';
import { generateLargeFramework } from '../../../shared/model/generate/largeFramework';
import { builtin } from './helpers';

/**
 * The checker walks fields with its own enumeration (no paths allocated, parts keyed for reuse);
 * it must visit exactly the fields `listElements` lists, with the same values — a field added to
 * the model and to one enumeration only would go unchecked (or unedited). The order may differ:
 * the walk visits the components after all sections, not at their anchor.
 */
describe('the checker field walk', () => {
  it('visits every field listElements lists, once, with the same value object', () => {
    for (const fw of [builtin().framework, generateLargeFramework(builtin(), { scale: 2 }).framework]) {
      const walked = new Map<string, unknown>();
      forEachField(fw, (id, kind, field, value) => {
        const key = `${id}|${kind}|${field}`;
        expect(walked.has(key)).toBe(false);
        walked.set(key, value);
      });
      const listed = new Map(listElements(fw).flatMap((el) => el.fields.map((f) => [`${el.id}|${el.kind}|${f.name}`, f.value] as const)));
      expect([...walked.keys()].sort()).toEqual([...listed.keys()].sort());
      for (const [key, value] of listed) expect(walked.get(key)).toBe(value);
    }
  });
});

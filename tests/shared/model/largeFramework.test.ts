import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateLargeFramework } from '../../../shared/model/generate/largeFramework';
import { listElements } from '../../../shared/model/elements';
import { ProjectSchema } from '../../../shared/model/project';

const base = ProjectSchema.parse(JSON.parse(readFileSync(new URL('../../../resources/editions/framework-2021-2025.json', import.meta.url), 'utf8')));

describe('generateLargeFramework', () => {
  it('makes a valid framework about ten times the published size, deterministically', () => {
    const big = generateLargeFramework(base, { scale: 10 });
    expect(ProjectSchema.safeParse(big).success).toBe(true);
    const fw = big.framework;
    expect(fw.components).toHaveLength(40);
    const activities = fw.actionPlan.components.flatMap((pc) => pc.actions.flatMap((a) => a.activities));
    expect(activities.length).toBeGreaterThanOrEqual(550);
    expect(activities.length).toBeLessThanOrEqual(700);
    const entries = fw.annex.areas.flatMap((a) => a.entries);
    expect(entries.length).toBeGreaterThanOrEqual(900);
    expect(entries.length).toBeLessThanOrEqual(1100);
    const ids = listElements(fw).map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(JSON.stringify(generateLargeFramework(base, { scale: 10 }))).toBe(JSON.stringify(big));
  });
});

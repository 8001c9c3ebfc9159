import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProjectSession } from '../../electron/services/projectSession';
import { generateLargeFramework } from '../../shared/model/generate/largeFramework';
import { loadProjectText } from '../../shared/model/loadProject';
import { editText } from '../../shared/model/operations';
import { ProjectSchema, type Project } from '../../shared/model/project';
import { startServer } from '../e2e/webServer';
import { median, ms } from './_stats';

/**
 * The editor at the published size (1×) and at ten times it (10×: 40 components, ~600 activities,
 * ~1,000 annex entries), medians of repeated runs:
 * - services: one committed edit of an activity's text — compile the operation, apply + validate
 *   the whole project with zod, and write it to disk (keystroke-to-saved inside the services,
 *   without the debounces), plus the cost of the snapshot crossing IPC/HTTP (JSON both ways);
 * - browser (built renderer in Chromium against the real services): first render of the outline,
 *   render of the whole action-plan grid, one keystroke's input-to-next-frame time, and
 *   keystroke-to-"Saved" as the user sees it (includes the 300 ms commit pause and the 400 ms save
 *   debounce, which are deliberate).
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function builtin(): Project {
  const r = loadProjectText(readFileSync(path.join(ROOT, 'resources/editions/framework-2021-2025.json'), 'utf8'));
  if (!r.ok) throw new Error('built-in edition does not load');
  return r.project;
}

function firstActivity(p: Project): string {
  return p.framework.actionPlan.components[0].actions[0].activities[0].id;
}

async function servicesBench(label: string, project: Project, runs: number): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-bench-'));
  const file = path.join(dir, 'projects', 'bench.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(project));
  const session = await ProjectSession.start({ dataDir: dir, saveDebounceMs: 10_000 });
  await session.open(file);
  const id = firstActivity(project);
  const compile: number[] = [];
  const apply: number[] = [];
  const validate: number[] = [];
  const save: number[] = [];
  const total: number[] = [];
  const wire: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const op = editText(session.current, id, 'text', 'en', `Edited text number ${i}`);
    const t1 = performance.now();
    session.applyChange(op.label, op.patches, undefined, 'bench');
    const t2 = performance.now();
    await session.flush();
    const t3 = performance.now();
    compile.push(t1 - t0);
    apply.push(t2 - t1);
    save.push(t3 - t2);
    total.push(t3 - t0);
    const v0 = performance.now();
    ProjectSchema.parse(session.current);
    validate.push(performance.now() - v0);
    const w0 = performance.now();
    JSON.parse(JSON.stringify(session.snapshot()));
    wire.push(performance.now() - w0);
  }
  await session.close();
  rmSync(dir, { recursive: true, force: true });
  const r = { compile: median(compile), apply: median(apply), validate: median(validate), save: median(save), total: median(total), wire: median(wire) };
  console.log(
    `${label} services: edit→saved ${ms(r.total)} (compile op ${ms(r.compile)}, apply+validate ${ms(r.apply)} of which zod ${ms(r.validate)}, write ${ms(r.save)}); snapshot over IPC/HTTP ${ms(r.wire)}`,
  );
  return r;
}

/** Input event to the next painted frame, measured in the page (React's work for one keystroke). */
async function keystrokeFrame(page: Page, selector: string, runs: number): Promise<number[]> {
  return page.evaluate(
    async ({ selector, runs }) => {
      const el = document.querySelector<HTMLTextAreaElement>(selector)!;
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      const out: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        setter.call(el, `${el.value}x`);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        out.push(performance.now() - t0);
      }
      return out;
    },
    { selector, runs },
  );
}

async function browserBench(label: string, project: Project, runs: number): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-bench-web-'));
  const file = path.join(dir, 'projects', 'bench.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(project));
  writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ lastProject: file, recentProjects: [file] }));
  const server = await startServer(dir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const id = firstActivity(project);
  const sel = `textarea[data-element-id="${id}"][data-field="text"][data-lang="en"]`;
  const outline: number[] = [];
  const grid: number[] = [];
  const saved: number[] = [];
  let frames: number[] = [];
  try {
    for (let i = 0; i < Math.min(runs, 5); i++) {
      const t0 = performance.now();
      await page.goto(server.url);
      await page.locator('.outline-priorityArea').last().waitFor();
      outline.push(performance.now() - t0);
      await page.getByTestId('save-state').filter({ hasText: /^Saved$/ }).waitFor();
      const g0 = performance.now();
      await page.locator('.outline-actionPlan').click();
      await page.locator(sel).waitFor();
      await page.getByTestId('plan-grid').waitFor();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      grid.push(performance.now() - g0);
      await page.locator('.outline-node').first().click();
      await page.locator(sel).waitFor({ state: 'detached' });
    }
    // Typing happens where a drafter types: one action-plan component's rows.
    await page.locator(`.outline-activity[data-id="${id}"]`).click();
    await page.locator(sel).waitFor();
    // Let the page settle (lazy rows, the last save's events) so the frames measure typing alone.
    await page.getByTestId('save-state').filter({ hasText: /^Saved$/ }).waitFor();
    await page.waitForTimeout(1500);
    frames = await keystrokeFrame(page, sel, runs * 4);
    await page.getByTestId('save-state').filter({ hasText: /^Saved$/ }).waitFor();
    for (let i = 0; i < runs; i++) {
      await page.locator(sel).focus();
      const t0 = performance.now();
      await page.keyboard.type('y');
      await page.getByTestId('save-state').filter({ hasText: 'Unsaved changes' }).waitFor();
      await page.getByTestId('save-state').filter({ hasText: /^Saved$/ }).waitFor();
      saved.push(performance.now() - t0);
    }
    const text = await page.locator(sel).inputValue();
    if (!text.endsWith('y'.repeat(runs))) throw new Error('typing was lost in the benchmark');
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => {
      server.proc.once('exit', () => resolve());
      server.proc.kill('SIGTERM');
    });
    rmSync(dir, { recursive: true, force: true });
  }
  const r = { outline: median(outline), grid: median(grid), frame: median(frames), saved: median(saved) };
  console.log(
    `${label} browser: open + outline ${ms(r.outline)}, whole action-plan grid ${ms(r.grid)}, keystroke→frame ${ms(r.frame)}, keystroke→"Saved" ${ms(r.saved)} (incl. 300 ms commit pause + 400 ms save debounce)`,
  );
  return r;
}

export async function bench(): Promise<void> {
  const one = builtin();
  const ten = generateLargeFramework(one, { scale: 10 });
  const s1 = await servicesBench('1× ', one, 15);
  const s10 = await servicesBench('10×', ten, 15);
  console.log(`   services ratio 10×/1×: edit→saved ${(s10.total / s1.total).toFixed(1)}×, zod ${(s10.validate / s1.validate).toFixed(1)}×`);
  if (!existsSync(path.join(ROOT, 'out/renderer/index.html'))) {
    console.log('   browser part skipped: build the renderer first (npx electron-vite build)');
    return;
  }
  const b1 = await browserBench('1× ', one, 6);
  const b10 = await browserBench('10×', ten, 6);
  console.log(
    `   browser ratio 10×/1×: outline ${(b10.outline / b1.outline).toFixed(1)}×, grid ${(b10.grid / b1.grid).toFixed(1)}×, keystroke→frame ${(b10.frame / b1.frame).toFixed(1)}×, keystroke→saved ${(b10.saved / b1.saved).toFixed(1)}×`,
  );
}

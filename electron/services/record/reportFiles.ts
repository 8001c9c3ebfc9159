import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ExportFormat } from '../../../shared/export/types';
import type { Project } from '../../../shared/model/project';
import { recordFigures } from '../../../shared/record/figures';
import { buildSelfEvaluation, type ReportLayout } from '../../../shared/record/report/buildReport';
import { writeFileAtomic } from '../atomicFile';
import { exporterFor } from '../export/registry';
import { wordChartImage } from './chartImages';
import { reportCharts } from './chartSvg';

export type { ReportLayout };

export interface SelfEvaluationOptions {
  outDir: string;
  year: number | null;
  formats: readonly ExportFormat[];
  layout: ReportLayout;
  /** ISO date on the cover (default today). */
  date?: string;
}

/**
 * The report's model with its charts drawn (the charts speak the layout's first language). With
 * `forWord`, each chart also carries its Word picture (SVG + PNG fallback); the PDF needs only the SVG.
 */
export function selfEvaluationModel(project: Project, options: Pick<SelfEvaluationOptions, 'year' | 'layout' | 'date'> & { forWord?: boolean }) {
  const fw = project.framework;
  const figures = recordFigures(fw, project.record, options.year);
  const drawn = reportCharts(fw, figures, options.layout === 'zh' ? 'zh' : 'en');
  const charts = options.forWord ? drawn.map((c) => ({ ...c, wordImage: wordChartImage(c.svg) })) : drawn;
  return buildSelfEvaluation(fw, project.record, { layout: options.layout, year: options.year, date: options.date ?? new Date().toISOString().slice(0, 10), charts });
}

/** The report's file name: `<framework>-self-evaluation[-YYYY]-<layout>.<ext>`. */
export function reportFileName(project: Project, year: number | null, layout: ReportLayout, ext: string): string {
  return `${project.framework.id}-self-evaluation${year === null ? '' : `-${year}`}-${layout}.${ext}`;
}

/** Renders the report in each format and writes the files atomically; returns their paths. */
export async function writeSelfEvaluation(project: Project, options: SelfEvaluationOptions): Promise<string[]> {
  const model = selfEvaluationModel(project, { ...options, forWord: options.formats.includes('docx') });
  await fs.mkdir(options.outDir, { recursive: true });
  const files: string[] = [];
  for (const format of options.formats) {
    const exporter = exporterFor(format);
    const bytes = await exporter.render(model);
    const file = path.resolve(options.outDir, reportFileName(project, options.year, options.layout, exporter.extension));
    await writeFileAtomic(file, bytes);
    files.push(file);
  }
  return files;
}

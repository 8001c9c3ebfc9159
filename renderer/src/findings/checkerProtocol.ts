import type { PreflightSummary } from '../../../shared/export/preflight';
import type { ExportLayout } from '../../../shared/export/types';
import type { Language } from '../../../shared/model/bilingual';
import type { FieldName } from '../../../shared/model/elements';
import type { Patch } from '../../../shared/model/patch/patch';
import type { Project } from '../../../shared/model/project';
import type { FindingsDelta } from './findingsDelta';

/**
 * Messages between the renderer and its checker (checker.worker.ts, or the same host in the page
 * where no Worker exists). The renderer sends what its store receives: the project once (on start,
 * when another project is opened, after a gap) and then only the patches of each revision.
 */
export type ToChecker =
  | { type: 'reset'; revision: number; project: Project }
  | { type: 'patches'; revision: number; patches: Patch[] }
  | { type: 'preflight'; id: number; layout: ExportLayout }
  /**
   * Text being typed in a field and not yet committed (the editor commits after a pause): checked
   * as if committed, so findings follow the typing. `settled`: the text was committed now; the
   * draft is dropped once the next patches (that commit's) arrive.
   */
  | { type: 'draft'; draft: DraftText; settled: boolean };

/** One language of one field as the user is typing it. */
export interface DraftText {
  elementId: string;
  field: FieldName;
  lang: Language;
  text: string;
}

export type FromChecker =
  /** The findings (waivers applied) of the project at `revision`: what changed since the last ones sent (findingsDelta.ts). */
  | { type: 'findings'; revision: number; delta: FindingsDelta }
  /** The findings at `revision` are those last sent. */
  | { type: 'unchanged'; revision: number }
  /** Patches did not fit what the checker holds: send the whole project again. */
  | { type: 'resync' }
  | { type: 'preflight'; id: number; summary: PreflightSummary | null };

import { applyWaivers, createChecker } from '../../../shared/checks/registry';
import { checkerFindings } from '../../../shared/export/checkFindings';
import { projectPreflight } from '../../../shared/export/preflight';
import { editText } from '../../../shared/model/operations';
import { applyPatches } from '../../../shared/model/patch/patch';
import type { Project } from '../../../shared/model/project';
import type { DraftText, FromChecker, ToChecker } from './checkerProtocol';
import { createFindingsEncoder } from './findingsDelta';

/**
 * Quiet time after the last change before the findings are worked out and sent: changes that
 * arrive together (a burst of revisions) are checked once. Short: typing is already committed in
 * runs (the editor waits for a pause), and a re-check after a change takes a few milliseconds.
 */
export const CHECK_DELAY_MS = 16;

/**
 * The checker's side of the protocol, without any DOM or Worker API: its own copy of the project
 * kept in step by the patches the store applies (the patch engine keeps untouched subtrees, which
 * is what the checker's per-part caches are keyed on), one incremental checker, and the findings
 * sent once the changes have been quiet for {@link CHECK_DELAY_MS}. Run in a Web Worker
 * (checker.worker.ts) so typing never waits for it, or in the page where no Worker exists.
 */
export function createCheckerHost(post: (message: FromChecker) => void, delay = CHECK_DELAY_MS) {
  const checker = createChecker();
  let project: Project | null = null;
  let revision = -1;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const encoder = createFindingsEncoder();
  // Texts being typed, by field and language; `settled` ones wait for their commit's patches.
  const drafts = new Map<string, { draft: DraftText; settled: boolean }>();

  /** The project as the user sees it: the committed one with the texts still being typed. */
  const withDrafts = (committed: Project): Project => {
    let seen = committed;
    for (const { draft } of drafts.values()) {
      try {
        seen = applyPatches(seen, editText(seen, draft.elementId, draft.field, draft.lang, draft.text).patches).result;
      } catch {
        // The element is gone (undone, deleted elsewhere): its draft no longer applies.
      }
    }
    return seen;
  };
  const dropSettled = () => {
    for (const [key, d] of drafts) if (d.settled) drafts.delete(key);
  };

  const check = () => {
    timer = null;
    if (!project) return;
    const seen = drafts.size ? withDrafts(project) : project;
    // The document's findings, as the Findings panel has always listed them: the implementation
    // record's own checks are shown with the record (the export pre-flight below counts them all).
    const input = { framework: seen.framework, glossary: seen.glossary, review: seen.review };
    const result = applyWaivers(checker.check(input), seen.waivers);
    // Most pauses in typing leave the findings as they were: then only the revision crosses; else
    // only what changed (the whole result is about 1 MB at ten times the published size).
    const delta = encoder.encode(result);
    post(delta ? { type: 'findings', revision, delta } : { type: 'unchanged', revision });
  };
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(check, delay);
  };

  return {
    receive(message: ToChecker): void {
      switch (message.type) {
        case 'reset':
          // The page may have lost what it had (another project): send the findings whole.
          encoder.reset();
          drafts.clear();
          project = message.project;
          revision = message.revision;
          schedule();
          return;
        case 'patches':
          if (!project || message.revision !== revision + 1) {
            if (project && message.revision <= revision) return;
            project = null;
            post({ type: 'resync' });
            return;
          }
          try {
            project = applyPatches(project, message.patches).result;
            revision = message.revision;
            dropSettled();
            schedule();
          } catch {
            project = null;
            post({ type: 'resync' });
          }
          return;
        case 'draft': {
          const { draft, settled } = message;
          drafts.set(`${draft.elementId}/${draft.field}/${draft.lang}`, { draft, settled });
          if (!settled) schedule();
          return;
        }
        case 'preflight':
          // Answered from the same checker (its caches are warm): the project as of the last message.
          post({ type: 'preflight', id: message.id, summary: project ? projectPreflight(project, message.layout, checkerFindings(project, checker)) : null });
          return;
      }
    },
    /** Stops the pending check (the page is going away). */
    dispose(): void {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}

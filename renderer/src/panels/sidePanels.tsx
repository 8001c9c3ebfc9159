import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';
import type { Snapshot } from '../../../shared/ipc/contract';
import { FindPanel } from '../editor/find/FindPanel';
import type { DocumentEditor } from '../editor/useDocumentEditor';
import { VersionsPanel } from '../versions/VersionsPanel';
import { ReviewPanel } from '../review/ReviewPanel';
import { FindingsPanel } from '../findings/FindingsPanel';
import { GlossaryPanel } from '../glossary/GlossaryPanel';

/** What every side panel is given: the open project and the editor (to apply changes, navigate…). */
export interface SidePanelContext {
  snapshot: Snapshot;
  editor: DocumentEditor;
}

/** One tab of the right-hand side panel area. */
export interface SidePanel {
  id: string;
  titleKey: ParseKeys;
  render: (ctx: SidePanelContext) => ReactNode;
}

/**
 * The side panels, in tab order. A feature adds its panel with one import and one entry here;
 * App renders the tab strip and the active panel.
 */
export const sidePanels: SidePanel[] = [
  { id: 'findings', titleKey: 'findings.title', render: ({ editor }) => <FindingsPanel actions={editor.actions} /> },
  { id: 'comments', titleKey: 'review.tab', render: ({ snapshot }) => <ReviewPanel snapshot={snapshot} /> },
  { id: 'find', titleKey: 'find.title', render: ({ snapshot, editor }) => <FindPanel snapshot={snapshot} actions={editor.actions} /> },
  { id: 'versions', titleKey: 'versions.tab', render: ({ snapshot, editor }) => <VersionsPanel snapshot={snapshot} flushDrafts={editor.flushDrafts} /> },
  { id: 'glossary', titleKey: 'glossary.tab', render: () => <GlossaryPanel /> },
];

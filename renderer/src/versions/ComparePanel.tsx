import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareReply, VersionSource } from '../../../shared/ipc/methods/versions';
import type { VersionLists } from './useVersionList';
import { ChangeList } from './ChangeList';
import { formatDateTime } from '../format/dateTime';
import type { FileRef } from '../../../shared/ipc/fileHandle';
import { api } from '../api';

/** A source as a <select> value: "current", "builtin", "file", "named:<id>", "history:<id>". */
export function encodeSource(s: VersionSource): string {
  if (s.kind === 'named' || s.kind === 'history') return `${s.kind}:${s.id}`;
  return s.kind;
}

/** `file`: the handle (kind `project`) of the project file picked from the recent list. */
function decodeSource(value: string, file: string): VersionSource {
  if (value.startsWith('named:')) return { kind: 'named', id: value.slice(6) };
  if (value.startsWith('history:')) return { kind: 'history', id: value.slice(8) };
  if (value === 'file') return { kind: 'file', file };
  return value === 'builtin' ? { kind: 'builtin' } : { kind: 'current' };
}

interface Props {
  lists: VersionLists | null;
  before: string;
  after: string;
  onPick: (before: string, after: string) => void;
  reply: CompareReply | null;
  onCompare: (before: VersionSource, after: VersionSource) => void;
  /** Write the shown comparison as a redline report. */
  onExport: (format: 'docx' | 'pdf') => void;
  busy: boolean;
}

/** Pick two versions (or editions, or another file) and see what changed between them. */
export function ComparePanel({ lists, before, after, onPick, reply, onCompare, onExport, busy }: Props) {
  const { t, i18n } = useTranslation();
  // Another project file is picked from the recent list main gives (handles and names, never paths).
  const [file, setFile] = useState('');
  const [recent, setRecent] = useState<FileRef[]>([]);
  const options = (
    <>
      <option value="current">{t('versions.compare.current')}</option>
      {lists?.named.map((v) => (
        <option key={v.id} value={`named:${v.id}`}>
          {t('versions.compare.namedOption', { name: v.name, date: formatDateTime(v.createdAt, i18n.language) })}
        </option>
      ))}
      {lists?.history.map((v) => (
        <option key={v.id} value={`history:${v.id}`}>
          {t('versions.compare.historyOption', { date: formatDateTime(v.createdAt, i18n.language) })}
        </option>
      ))}
      <option value="builtin">{t('versions.compare.builtin')}</option>
      <option value="file">{t('versions.compare.file')}</option>
    </>
  );
  const needsFile = before === 'file' || after === 'file';
  useEffect(() => {
    if (!needsFile) return;
    let alive = true;
    api.recentProjects({}).then((r) => {
      if (!alive) return;
      setRecent(r);
      setFile((f) => (r.some((x) => x.handle === f) ? f : (r[0]?.handle ?? '')));
    }, () => undefined);
    return () => {
      alive = false;
    };
  }, [needsFile]);
  return (
    <section className="compare-panel" aria-label={t('versions.compare.title')}>
      <h4>{t('versions.compare.title')}</h4>
      <label>
        {t('versions.compare.before')}
        <select data-testid="compare-before" value={before} onChange={(e) => onPick(e.target.value, after)}>
          {options}
        </select>
      </label>
      <label>
        {t('versions.compare.after')}
        <select data-testid="compare-after" value={after} onChange={(e) => onPick(before, e.target.value)}>
          {options}
        </select>
      </label>
      {needsFile && (
        <label>
          {t('versions.compare.filePath')}
          <select data-testid="compare-file" value={file} onChange={(e) => setFile(e.target.value)}>
            {recent.length === 0 && <option value="">{t('versions.compare.noRecent')}</option>}
            {recent.map((r) => (
              <option key={r.handle} value={r.handle}>{r.name}</option>
            ))}
          </select>
        </label>
      )}
      <div className="versions-buttons">
        <button type="button" disabled={busy || (needsFile && !file.trim())} onClick={() => onCompare(decodeSource(before, file.trim()), decodeSource(after, file.trim()))}>
          {t('versions.compare.run')}
        </button>
        <button type="button" onClick={() => onPick(after, before)}>
          {t('versions.compare.swap')}
        </button>
      </div>
      {reply && (
        <div className="versions-buttons">
          <button type="button" disabled={busy} onClick={() => onExport('docx')}>
            {t('versions.compare.exportDocx')}
          </button>
          <button type="button" disabled={busy} onClick={() => onExport('pdf')}>
            {t('versions.compare.exportPdf')}
          </button>
        </div>
      )}
      {reply && <ChangeList result={reply.result} />}
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../dialog/ConfirmProvider';
import { ApiError, type Snapshot } from '../../../shared/ipc/contract';
import type { CompareReply, VersionInfo, VersionSource } from '../../../shared/ipc/methods/versions';
import type { Period } from '../../../shared/model/framework';
import { api } from '../api';
import { ComparePanel, encodeSource } from './ComparePanel';
import { NewEditionForm } from './NewEditionForm';
import { SaveVersionForm } from './SaveVersionForm';
import { useVersionList } from './useVersionList';
import { VersionList } from './VersionList';
import './versions.css';
import { errorText } from '../components/problemText';
import { formatDateTime } from '../format/dateTime';

interface Props {
  snapshot: Snapshot;
  /** Commit uncommitted typing before a version is taken or replaced. */
  flushDrafts: () => Promise<void>;
}

/** Editions, named versions, automatic history, restore and compare: one side panel. */
export function VersionsPanel({ snapshot, flushDrafts }: Props) {
  const { t, i18n } = useTranslation();
  const confirm = useConfirm();
  const { info, project } = snapshot;
  const { lists, reload } = useVersionList(info);
  const [form, setForm] = useState<'none' | 'save' | 'edition'>('none');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [pair, setPair] = useState<[string, string]>(['current', 'current']);
  const [reply, setReply] = useState<CompareReply | null>(null);
  const [busy, setBusy] = useState(false);

  const attempt = async (task: () => Promise<string | null>) => {
    setBusy(true);
    try {
      const ok = await task();
      setMessage(ok ? { kind: 'ok', text: ok } : null);
    } catch (e) {
      const p = e instanceof ApiError ? e.problem : null;
      if (p?.code !== 'cancelled') setMessage({ kind: 'error', text: t('versions.error', { message: errorText(t, e) }) });
    } finally {
      setBusy(false);
    }
  };

  const compare = (before: VersionSource, after: VersionSource) =>
    attempt(async () => {
      setPair([encodeSource(before), encodeSource(after)]);
      setReply(await api.compareVersions({ before, after }));
      return null;
    });

  const exportReport = (format: 'docx' | 'pdf') =>
    void attempt(async () => {
      if (!reply) return null;
      const lang = i18n.language === 'zh' ? 'zh' : 'en';
      const out = await api.exportCompareReport({ before: reply.before.source, after: reply.after.source, format, lang });
      return t('versions.compare.exported', { file: out.file.name });
    });

  const sourceOf = (v: VersionInfo): VersionSource => ({ kind: v.kind, id: v.id });
  const nameOf = (v: VersionInfo) => v.name ?? formatDateTime(v.createdAt, i18n.language);

  const restore = async (v: VersionInfo) => {
    if (!(await confirm({ title: t('versions.restore'), message: t('versions.restoreConfirm', { name: nameOf(v) }), confirmLabel: t('versions.restore') }))) return;
    void attempt(async () => {
      await flushDrafts();
      await api.restoreVersion({ source: sourceOf(v) });
      reload();
      setReply(null);
      return t('versions.restored', { name: nameOf(v) });
    });
  };

  const save = (v: { name: string; author?: string; note?: string }) =>
    void attempt(async () => {
      await flushDrafts();
      const saved = await api.saveVersion(v);
      setForm('none');
      reload();
      return t('versions.save.saved', { name: saved.name });
    });

  const newEdition = (period: Period) =>
    void attempt(async () => {
      await flushDrafts();
      await api.newEdition({ period });
      setForm('none');
      setReply(null);
      return null;
    });

  return (
    <div className="versions-panel" data-testid="versions-panel">
      <div className="versions-buttons">
        <button type="button" onClick={() => setForm(form === 'edition' ? 'none' : 'edition')}>
          {t('versions.newEdition.open')}
        </button>
        {!info.builtin && (
          <button type="button" onClick={() => setForm(form === 'save' ? 'none' : 'save')}>
            {t('versions.save.open')}
          </button>
        )}
      </div>
      {form === 'edition' && <NewEditionForm current={project.framework.metadata.period} onCreate={newEdition} onCancel={() => setForm('none')} />}
      {form === 'save' && <SaveVersionForm onSave={save} onCancel={() => setForm('none')} />}
      {message && (
        <p className={`versions-message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {info.builtin ? (
        <p className="versions-explain">{t('versions.builtin')}</p>
      ) : (
        <>
          <VersionList kind="named" versions={lists?.named ?? []} readOnly={info.readOnly} onCompare={(v) => void compare(sourceOf(v), { kind: 'current' })} onRestore={(v) => void restore(v)} />
          <VersionList kind="history" versions={lists?.history ?? []} readOnly={info.readOnly} onCompare={(v) => void compare(sourceOf(v), { kind: 'current' })} onRestore={(v) => void restore(v)} />
        </>
      )}
      <ComparePanel lists={lists} before={pair[0]} after={pair[1]} onPick={(b, a) => setPair([b, a])} reply={reply} onCompare={(b, a) => void compare(b, a)} onExport={exportReport} busy={busy} />
    </div>
  );
}

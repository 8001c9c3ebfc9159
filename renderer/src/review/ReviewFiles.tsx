import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../shared/ipc/contract';
import type { FileRefusal } from '../../../shared/ipc/methods/review';
import { api } from '../api';
import { fileToBase64 } from './reviewApi';
import { RefusalList } from './RefusalList';

interface Props {
  snapshot: Snapshot;
  onProblem: (e: unknown) => void;
  onOpenRegister: () => void;
}

/** The files of a review round: copies, packets, Word files, the register. */
export function ReviewFiles({ snapshot, onProblem, onOpenRegister }: Props) {
  const { t } = useTranslation();
  const { info, project } = snapshot;
  const workspace = project.review.workspace;
  const drafter = !workspace && !info.builtin;
  const [notices, setNotices] = useState<string[]>([]);
  const [refusals, setRefusals] = useState<FileRefusal[]>([]);
  const [versionName, setVersionName] = useState('');
  const [wordFrom, setWordFrom] = useState({ organisation: '', country: '' });
  const copyInput = useRef<HTMLInputElement>(null);
  const packetInput = useRef<HTMLInputElement>(null);
  const docxInput = useRef<HTMLInputElement>(null);

  const run = (f: () => Promise<{ notices?: string[]; refusals?: FileRefusal[] }>) =>
    void f().then(
      (r) => {
        setNotices(r.notices ?? []);
        setRefusals(r.refusals ?? []);
      },
      (e) => onProblem(e),
    );

  const openCopy = (file: File) =>
    run(async () => {
      const r = await api.openReviewCopy({ name: file.name, base64: await fileToBase64(file) });
      return r.ok ? {} : { refusals: [r.refusal] };
    });

  const importPackets = (files: File[]) =>
    run(async () => {
      const r = await api.importPackets({ files: await Promise.all(files.map(async (f) => ({ name: f.name, base64: await fileToBase64(f) }))) });
      if (!r.ok) return { refusals: r.refusals };
      const lines = r.packets.map((p) =>
        [t('review.packets.imported', { name: p.name, reviewer: p.reviewer.name, added: p.added, updated: p.updated }), p.olderVersion ? t('review.packets.older') : '', p.alreadyImported ? t('review.packets.again') : ''].filter(Boolean).join(' — '),
      );
      return { notices: r.changed ? lines : [t('review.packets.nothingNew'), ...lines] };
    });

  // Many reviewers' files at once: each is read on its own (one bad file does not stop the others),
  // and each says what was imported, which tracked changes could not be placed and which comments were refused.
  const importDocx = (files: File[]) =>
    run(async () => {
      const notices: string[] = [];
      const refusals: FileRefusal[] = [];
      for (const file of files) {
        const r = await api.importReviewDocx({ name: file.name, base64: await fileToBase64(file), ...wordFrom });
        if (!r.ok) {
          refusals.push(r.refusal);
          continue;
        }
        notices.push(t('review.word.imported', { name: file.name, count: r.comments, suggestions: r.suggestions, unplaced: r.unplaced }));
        for (const u of r.unplacedChanges) {
          notices.push(t('review.word.unplacedChange', { name: file.name, author: u.author, text: u.text, reason: t(`review.word.unplacedReason.${u.reason as 'move'}`) }));
        }
        for (const x of r.refused) notices.push(t('review.word.refusedItem', { name: file.name, author: x.author, excerpt: x.excerpt, reason: t(`review.word.itemRefusal.${x.code as 'reply-cycle'}`) }));
      }
      return { notices, refusals };
    });

  const saved = (p: Promise<{ file: { name: string } }>) => run(async () => ({ notices: [t('review.word.saved', { file: (await p).file.name })] }));

  return (
    <section className="review-files">
      {workspace && (
        <div className="review-mode-banner" data-testid="review-mode-banner">
          <p>{t('review.mode.banner', { version: workspace.version.name })}</p>
          <button type="button" data-testid="export-packet" onClick={() => run(async () => {
            const r = await api.exportPacket({});
            return { notices: [t('review.mode.exported', { count: r.items, file: r.file.name })] };
          })}>
            {t('review.mode.exportPacket')}
          </button>
        </div>
      )}
      {drafter && (
        <div className="review-drafter-files">
          <div className="review-row">
            <input value={versionName} placeholder={t('review.copy.versionName')} aria-label={t('review.copy.versionName')} data-testid="copy-version" onChange={(e) => setVersionName(e.target.value)} />
            <button type="button" data-testid="export-copy" disabled={!versionName.trim()} onClick={() => run(async () => ({ notices: [t('review.copy.exported', { file: (await api.exportReviewCopy({ versionName: versionName.trim() })).file.name })] }))}>
              {t('review.copy.export')}
            </button>
          </div>
          <button type="button" data-testid="import-packets" onClick={() => packetInput.current?.click()}>{t('review.packets.import')}</button>
          <button type="button" onClick={() => saved(api.exportReviewDocx({}))}>{t('review.word.exportReview')}</button>
          <div className="review-row">
            <input value={wordFrom.organisation} placeholder={t('review.identity.organisation')} aria-label={t('review.word.fromOrganisation')} onChange={(e) => setWordFrom({ ...wordFrom, organisation: e.target.value })} />
            <input value={wordFrom.country} placeholder={t('review.identity.country')} aria-label={t('review.word.fromCountry')} onChange={(e) => setWordFrom({ ...wordFrom, country: e.target.value })} />
            <button type="button" onClick={() => docxInput.current?.click()}>{t('review.word.import')}</button>
          </div>
          <button type="button" onClick={() => saved(api.exportCommentsDocx({}))}>{t('review.word.exportComments')}</button>
          <button type="button" data-testid="open-register" onClick={onOpenRegister}>{t('review.register.open')}</button>
        </div>
      )}
      <button type="button" data-testid="open-review-copy" onClick={() => copyInput.current?.click()}>{t('review.copy.open')}</button>
      <input ref={copyInput} type="file" hidden accept=".json" data-testid="review-copy-input" onChange={(e) => { const f = e.target.files?.[0]; if (f) openCopy(f); e.target.value = ''; }} />
      <input ref={packetInput} type="file" hidden multiple accept=".json" data-testid="packet-input" onChange={(e) => { const fs = [...(e.target.files ?? [])]; if (fs.length) importPackets(fs); e.target.value = ''; }} />
      <input ref={docxInput} type="file" hidden multiple accept=".docx" data-testid="docx-input" onChange={(e) => { const fs = [...(e.target.files ?? [])]; if (fs.length) importDocx(fs); e.target.value = ''; }} />
      {notices.length > 0 && (
        <ul className="review-notices" role="status" data-testid="review-notices">
          {notices.map((n, i) => <li key={i}>{n}</li>)}
        </ul>
      )}
      {refusals.length > 0 && <RefusalList refusals={refusals} />}
    </section>
  );
}

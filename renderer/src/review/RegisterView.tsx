import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../shared/ipc/contract';
import { DecisionSchema } from '../../../shared/review/model';
import { filterRegister, registerFacets, registerRows, type RegisterFilter } from '../../../shared/review/register';
import { api } from '../api';
import { Dialog } from '../dialog/Dialog';
import { useUiLanguage } from '../hooks/useUiLanguage';

interface Props {
  snapshot: Snapshot;
  onClose: () => void;
  onProblem: (e: unknown) => void;
}

/** The disposition register: every comment and suggestion with its decision, filtered, exportable as the comments matrix. */
export function RegisterView({ snapshot, onClose, onProblem }: Props) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const rows = useMemo(() => registerRows(snapshot.project, lang), [snapshot.project, lang]);
  const facets = useMemo(() => registerFacets(rows), [rows]);
  const [filter, setFilter] = useState<RegisterFilter>({});
  const [saved, setSaved] = useState<string | null>(null);
  const shown = filterRegister(rows, filter);
  const set = (key: keyof RegisterFilter, value: string) => setFilter((f) => ({ ...f, [key]: value || undefined }));
  const select = (key: keyof RegisterFilter, label: string, options: [string, string][]) => (
    <label>
      {label}
      <select value={filter[key] ?? ''} data-testid={`register-filter-${key}`} onChange={(e) => set(key, e.target.value)}>
        <option value="">{t('review.register.all')}</option>
        {options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </select>
    </label>
  );
  const exportAs = (format: 'docx' | 'csv') =>
    void api.exportMatrix({ format, filter }).then((r) => setSaved(t('review.word.saved', { file: r.file.name })), onProblem);

  return (
    <Dialog title={t('review.register.title')} onClose={onClose} className="review-register" testId="register" wide>
      <header>
        <span data-testid="register-count">{t('review.register.count', { count: shown.length, total: rows.length })}</span>
        <button type="button" data-testid="export-matrix-docx" onClick={() => exportAs('docx')}>{t('review.register.exportDocx')}</button>
        <button type="button" data-testid="export-matrix-csv" onClick={() => exportAs('csv')}>{t('review.register.exportCsv')}</button>
        <button type="button" onClick={onClose}>{t('review.register.close')}</button>
      </header>
      {saved && <p role="status" data-testid="register-saved">{saved}</p>}
      <div className="review-row">
        {select('reviewer', t('review.register.reviewer'), facets.reviewers.map((r) => [r, r]))}
        {select('country', t('review.register.country'), facets.countries.map((c) => [c, c]))}
        {select('component', t('review.register.component'), [
          ['general', t('review.register.general')],
          ...snapshot.project.framework.components.map((c): [string, string] => [c.id, c.title[lang].text || c.title.en.text]),
        ])}
        {select('status', t('review.register.status'), [['open', t('review.thread.open')], ['resolved', t('review.thread.resolved')]])}
        {select('decision', t('review.register.decision'), [['none', t('review.disposition.none')], ...DecisionSchema.options.map((d): [string, string] => [d, t(`review.disposition.${d}`)])])}
      </div>
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>{t('review.register.reviewer')}</th>
            <th>{t('review.register.where')}</th>
            <th>{t('review.register.comment')}</th>
            <th>{t('review.register.status')}</th>
            <th>{t('review.register.decision')}</th>
            <th>{t('review.register.response')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.itemId} data-testid="register-row">
              <td>{r.number}</td>
              <td>{r.reviewer.name}{r.reviewer.country ? ` (${r.reviewer.country})` : ''}</td>
              <td>{[r.componentTitle && (r.componentTitle[lang].text || r.componentTitle.en.text), r.elementLabel, `${t(`versions.field.${r.anchor.field}`)} (${t(`editor.lang.${r.anchor.lang}`)})`].filter(Boolean).join(' — ')}</td>
              <td>{r.kind === 'suggestion' ? `${t('review.thread.suggestion')}: ${r.replacement}` : r.body}</td>
              <td>{r.status === 'open' ? t('review.thread.open') : t('review.thread.resolved')}</td>
              <td>{t(`review.disposition.${r.decision ?? 'none'}`)}</td>
              <td>{[r.response.en, r.response.zh].filter(Boolean).join(' / ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}

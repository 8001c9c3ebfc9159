import { useTranslation } from 'react-i18next';
import { FUNDING_SOURCES, type FundingSource } from '../../../shared/record/model';

/** One funding row as typed (numbers as text until saved). */
export interface FundingDraft {
  id: string | null;
  key: string;
  source: FundingSource;
  contributor: string;
  amount: string;
  currency: string;
  inKind: boolean;
  year: string;
  note: string;
}

/** Why a funding row cannot be saved, or null. */
export function fundingProblem(f: FundingDraft, period: { start: number; end: number }): 'amount' | 'currency' | 'year' | null {
  const amount = Number(f.amount.replace(/[,\s]/g, ''));
  if (f.amount.trim() === '' || !Number.isFinite(amount) || amount < 0) return 'amount';
  if (!/^[A-Z]{3}$/.test(f.currency.trim().toUpperCase())) return 'currency';
  if (f.year.trim() && !(/^\d{4}$/.test(f.year.trim()) && +f.year >= period.start - 1 && +f.year <= period.end + 1)) return 'year';
  return null;
}

/** The funding of an event by the sources of section 5.2: amount, currency (USD unless told), cash or in kind. */
export function FundingRows({ rows, onChange, period, showProblems }: { rows: FundingDraft[]; onChange: (rows: FundingDraft[]) => void; period: { start: number; end: number }; showProblems: boolean }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<FundingDraft>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="record-funding" data-testid="funding-rows">
      <legend>{t('record.editor.funding')}</legend>
      {rows.length === 0 && <p className="record-muted">{t('record.editor.noFunding')}</p>}
      {rows.map((r, i) => {
        const problem = showProblems ? fundingProblem(r, period) : null;
        const n = i + 1;
        return (
          <div key={r.key} className="record-funding-row" role="group" aria-label={t('record.editor.fundingRow', { n })}>
            <label>
              {t('record.editor.source')}
              <select value={r.source} onChange={(e) => set(i, { source: e.target.value as FundingSource })}>
                {FUNDING_SOURCES.map((s) => <option key={s} value={s}>{t(`record.source.${s}`)}</option>)}
              </select>
            </label>
            <label>
              {t('record.editor.contributor')}
              <input value={r.contributor} onChange={(e) => set(i, { contributor: e.target.value })} />
            </label>
            <label>
              {t('record.editor.amount')}
              <input inputMode="decimal" value={r.amount} aria-invalid={problem === 'amount'} onChange={(e) => set(i, { amount: e.target.value })} />
            </label>
            <label>
              {t('record.editor.currency')}
              <input value={r.currency} maxLength={3} size={4} aria-invalid={problem === 'currency'} onChange={(e) => set(i, { currency: e.target.value.toUpperCase() })} />
            </label>
            <label className="record-inline">
              <input type="checkbox" checked={r.inKind} onChange={(e) => set(i, { inKind: e.target.checked })} />
              {t('record.editor.inKind')}
            </label>
            <label>
              {t('record.editor.fundingYear')}
              <input inputMode="numeric" value={r.year} size={5} aria-invalid={problem === 'year'} onChange={(e) => set(i, { year: e.target.value })} />
            </label>
            <label className="record-grow">
              {t('record.editor.note')}
              <input value={r.note} onChange={(e) => set(i, { note: e.target.value })} />
            </label>
            <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))} aria-label={t('record.editor.removeFunding', { n })}>
              {t('record.editor.remove')}
            </button>
            {problem && <p className="record-error" role="alert">{t(`record.editor.fundingProblem.${problem}`, { n })}</p>}
          </div>
        );
      })}
      <button
        type="button"
        data-testid="funding-add"
        onClick={() => onChange([...rows, { id: null, key: `new-${Date.now()}-${rows.length}`, source: 'cooperation-fund', contributor: '', amount: '', currency: 'USD', inKind: false, year: '', note: '' }])}
      >
        {t('record.editor.addFunding')}
      </button>
    </fieldset>
  );
}

import { useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { glossaryFromFile } from '../../../shared/glossary/importFile';
import { GlossaryImportError } from '../../../shared/glossary/importResult';
import { addTerm, editTerm, GlossaryError, importTerms, newTermId, removeTerm } from '../../../shared/glossary/operations';
import type { GlossaryTerm } from '../../../shared/model/glossary';
import { api } from '../api';
import { errorText, problemOf } from '../components/problemText';
import { useConfirm } from '../dialog/ConfirmProvider';
import { useEditorActions } from '../editor/EditorContext';
import { useProject, useProjectInfo } from '../store/useProjectStore';
import { TermForm } from './TermForm';
import './glossary.css';

const EMPTY: GlossaryTerm = { id: '', en: '', zh: '' };

const matches = (term: GlossaryTerm, q: string) =>
  [term.en, term.zh, term.acronym, term.short, term.note, term.source, ...(term.variants ?? [])].some((v) => v !== undefined && v.toLowerCase().includes(q));

/**
 * The project's glossary: search; add, edit and delete terms (undoable changes, so the
 * terminology findings follow at once); import CSV or TBX-Basic (merged by English term, one
 * undoable change) and export either through the desktop's save dialog.
 */
export function GlossaryPanel() {
  const { t } = useTranslation();
  const glossary = useProject((p) => p.glossary);
  const { readOnly } = useProjectInfo();
  const actions = useEditorActions();
  const confirm = useConfirm();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const q = query.trim().toLowerCase();
  const shown = useMemo(() => (q === '' ? glossary : glossary.filter((term) => matches(term, q))), [glossary, q]);

  // Refusals of the form come back as the field at fault and words in the UI language.
  const save = async (compile: Parameters<typeof actions.apply>[0]) => {
    try {
      let refused: GlossaryError | null = null;
      await actions.apply((p) => {
        try {
          return compile(p);
        } catch (e) {
          if (e instanceof GlossaryError) refused = e;
          else throw e;
          return null;
        }
      });
      const r = refused as GlossaryError | null;
      if (r) return { field: r.field ?? '', message: t(`glossary.error.${r.code}`) };
      setEditing(null);
      return null;
    } catch (e) {
      return { field: '', message: errorText(t, e) };
    }
  };

  const remove = (term: GlossaryTerm) =>
    void confirm({ title: t('glossary.delete'), message: t('glossary.confirmDelete', { term: term.en }), confirmLabel: t('glossary.delete') }).then((ok) => {
      if (ok) void actions.apply((p) => removeTerm(p, term.id));
    });

  const exportAs = async (format: 'csv' | 'tbx') => {
    try {
      const r = await api.exportGlossary({ format });
      setMessage(t('glossary.exported', { count: r.terms, file: r.file.name }));
    } catch (e) {
      const p = problemOf(e);
      if (p.code !== 'cancelled') setMessage(errorText(t, e));
    }
  };

  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    try {
      // Its bytes, decoded strictly (a byte that is not UTF-8 refuses the file with its offset).
      const read = glossaryFromFile(file.name, new Uint8Array(await file.arrayBuffer()));
      let plan: ReturnType<typeof importTerms>['plan'] | null = null;
      await actions.apply((p) => {
        const r = importTerms(p, read.terms);
        plan = r.plan;
        return r.operation.patches.length ? r.operation : null;
      });
      const done = plan as ReturnType<typeof importTerms>['plan'] | null;
      setMessage(t('glossary.imported', { name: file.name, added: done?.added.length ?? 0, updated: done?.updated.length ?? 0, unchanged: done?.unchanged ?? 0, skipped: read.skipped.length }));
    } catch (err) {
      const reason =
        err instanceof GlossaryImportError ? t(`glossary.importError.${err.code}`) : err instanceof GlossaryError ? t(`glossary.error.${err.code}`) : errorText(t, err);
      setMessage(t('glossary.importRefused', { name: file.name, reason }));
    }
  };

  return (
    <section className="glossary-panel" aria-label={t('glossary.title')} data-testid="glossary-panel">
      <div className="glossary-tools">
        <label className="glossary-search">
          {t('glossary.search')}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <span className="glossary-count" role="status">{t('glossary.count', { count: shown.length, total: glossary.length })}</span>
      </div>
      {!readOnly && (
        <div className="glossary-actions">
          <button type="button" onClick={() => setEditing('')} disabled={editing === ''}>{t('glossary.add')}</button>
          <button type="button" onClick={() => fileInput.current?.click()}>{t('glossary.import')}</button>
          <input ref={fileInput} type="file" accept=".csv,.tbx,.xml" hidden onChange={(e) => void importFile(e)} data-testid="glossary-import-input" aria-label={t('glossary.import')} />
          <button type="button" onClick={() => void exportAs('csv')}>{t('glossary.exportCsv')}</button>
          <button type="button" onClick={() => void exportAs('tbx')}>{t('glossary.exportTbx')}</button>
        </div>
      )}
      {message && <p className="glossary-message" role="status" data-testid="glossary-message">{message}</p>}
      {editing === '' && (
        <TermForm
          initial={EMPTY}
          submitLabel={t('glossary.addTerm')}
          onSubmit={(term) => save((p) => addTerm(p, { ...term, id: newTermId(p.glossary, term.en) }))}
          onCancel={() => setEditing(null)}
        />
      )}
      <ul className="glossary-list">
        {shown.map((term) => (
          <li key={term.id} className="glossary-term" data-term-id={term.id}>
            {editing === term.id ? (
              <TermForm initial={term} submitLabel={t('glossary.saveTerm')} onSubmit={(next) => save((p) => editTerm(p, next))} onCancel={() => setEditing(null)} />
            ) : (
              <>
                <div className="term-main">
                  <span className="term-en" lang="en">{term.en}</span>
                  {term.acronym && <span className="term-acronym">({term.acronym})</span>}
                  <span className="term-zh" lang="zh-CN">{term.zh}</span>
                  {term.short && <span className="term-short" lang="zh-CN">{t('glossary.shortShown', { short: term.short })}</span>}
                </div>
                {term.variants && term.variants.length > 0 && <div className="term-variants" lang="zh-CN">{t('glossary.variantsShown', { variants: term.variants.join('、') })}</div>}
                {term.note && <div className="term-note">{term.note}</div>}
                {term.source && <div className="term-source">{t('glossary.sourceShown', { source: term.source })}</div>}
                {!readOnly && (
                  <div className="term-tools">
                    <button type="button" onClick={() => setEditing(term.id)} aria-label={t('glossary.editOf', { term: term.en })}>{t('glossary.edit')}</button>
                    <button type="button" className="danger" onClick={() => remove(term)} aria-label={t('glossary.deleteOf', { term: term.en })}>{t('glossary.delete')}</button>
                  </div>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { PreflightSummary } from '../../../shared/export/preflight';
import type { Finding } from '../../../shared/checks/finding';
import type { FieldName } from '../../../shared/model/elements';
import { findingMessage } from '../findings/findingMessage';
import { FieldRefList } from './FieldRefList';
import { useUiLanguage } from '../hooks/useUiLanguage';
import { useNavigate } from '../navigation/NavigationContext';

/** What the export would carry: errors (blocking a final export), untranslated, draft and needing-review fields (named), open comments. */
export function PreflightPanel({ summary, onGoTo }: { summary: PreflightSummary | null; onGoTo: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const uiLang = useUiLanguage();
  if (!summary) return <p className="export-preflight" role="status">{t('export.preflight.checking')}</p>;
  const goTo = (elementId: string, field?: string, lang?: 'en' | 'zh') => {
    // Pre-flight field names are the element index's canonical names (shared/model/elements).
    navigate({ elementId, ...(field ? { field: field as FieldName } : {}), ...(lang ? { lang } : {}) });
    onGoTo();
  };
  return (
    <section className="export-preflight" aria-label={t('export.preflight.title')} data-testid="export-preflight">
      <h3>{t('export.preflight.title')}</h3>
      <ul>
        <li className={summary.errorCount ? 'export-bad' : 'export-ok'} data-testid="preflight-errors">
          {summary.errorCount ? t('export.preflight.errors', { count: summary.errorCount }) : t('export.preflight.noErrors')}
          {summary.waivedErrorCount > 0 && <span className="export-muted"> · {t('export.preflight.waived', { count: summary.waivedErrorCount })}</span>}
          {summary.errors.length > 0 && (
            <ul>
              {summary.errors.slice(0, 5).map((f, i) => (
                <li key={`${f.code}-${i}`}>
                  {findingMessage(t, { ...f, data: f.data ?? {} } as unknown as Finding, uiLang)}{' '}
                  {f.elementId && (
                    <button type="button" className="link" onClick={() => goTo(f.elementId!)}>
                      {t('export.preflight.goTo')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
        {summary.warningCount > 0 && <li>{t('export.preflight.warnings', { count: summary.warningCount })}</li>}
        <li className={summary.untranslatedCount ? 'export-warn' : 'export-ok'} data-testid="preflight-untranslated">
          {t('export.preflight.untranslated', { count: summary.untranslatedCount })}
          {summary.untranslated.length > 0 && (
            <button type="button" className="link" onClick={() => goTo(summary.untranslated[0].elementId, summary.untranslated[0].field, summary.untranslated[0].lang)}>
              {t('export.preflight.goTo')}
            </button>
          )}
        </li>
        <li className={summary.draftCount ? 'export-warn' : 'export-ok'} data-testid="preflight-drafts">
          {t('export.preflight.drafts', { count: summary.draftCount })}
          <FieldRefList refs={summary.drafts} testId="preflight-drafts-list" onGoTo={(r) => goTo(r.elementId, r.field, r.lang)} />
        </li>
        {summary.needsReviewCount > 0 && (
          <li className="export-warn" data-testid="preflight-needs-review">
            {t('export.preflight.needsReview', { count: summary.needsReviewCount })}
            <FieldRefList refs={summary.needsReview} testId="preflight-needs-review-list" onGoTo={(r) => goTo(r.elementId, r.field, r.lang)} />
          </li>
        )}
        {summary.unresolvedComments !== null && (
          <li className={summary.unresolvedComments ? 'export-warn' : 'export-ok'} data-testid="preflight-comments">
            {t('export.preflight.comments', { count: summary.unresolvedComments })}
          </li>
        )}
      </ul>
    </section>
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldRef } from '../../../shared/export/preflight';
import { indexElements, type FieldName } from '../../../shared/model/elements';
import { computeLabels } from '../../../shared/model/labels';
import { stripInlineMarkup } from '../../../shared/text/inline';
import { describeElement } from '../../../shared/versions/describeChange';
import { useUiLanguage } from '../hooks/useUiLanguage';
import { useProject } from '../store/useProjectStore';
import { uiTranslate } from '../versions/describeChange';

/** How many of a pre-flight list are named in the dialog (its count says how many there are). */
const SHOWN = 8;

/**
 * Fields of a pre-flight list by name ("Activity 2-1 · Text · 中文"), each with a Go to link, as a
 * reader of the export would look for them; the names come from the open project (labels in the
 * interface language, an unlabelled element by its first words).
 */
export function FieldRefList({ refs, testId, onGoTo }: { refs: readonly FieldRef[]; testId: string; onGoTo: (ref: FieldRef) => void }) {
  const { t } = useTranslation();
  const uiLang = useUiLanguage();
  const framework = useProject((p) => p.framework);
  const index = useMemo(() => indexElements(framework), [framework]);
  const labels = useMemo(() => computeLabels(framework), [framework]);
  if (refs.length === 0) return null;
  const name = (ref: FieldRef): string => {
    const el = index.get(ref.elementId);
    if (!el) return ref.elementId;
    const first = el.fields[0]?.value;
    const excerpt = stripInlineMarkup(first ? first[uiLang].text || first[uiLang === 'en' ? 'zh' : 'en'].text : '').slice(0, 40);
    return describeElement(uiTranslate(t, uiLang), { id: el.id, kind: el.kind, label: labels.get(el.id)?.label ?? null, excerpt });
  };
  return (
    <ul data-testid={testId}>
      {refs.slice(0, SHOWN).map((ref) => (
        <li key={`${ref.elementId}|${ref.field}|${ref.lang}`} data-testid="preflight-field">
          {name(ref)} · {t(`versions.field.${ref.field as FieldName}`)} · {t(`editor.lang.${ref.lang}`)}{' '}
          <button type="button" className="link" onClick={() => onGoTo(ref)}>
            {t('export.preflight.goTo')}
          </button>
        </li>
      ))}
    </ul>
  );
}

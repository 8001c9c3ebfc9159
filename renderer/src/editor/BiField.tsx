import { isStale, type BiText } from '../../../shared/model/bilingual';
import type { FieldName } from '../../../shared/model/elements';
import { LangText } from './LangText';

interface Props {
  elementId: string;
  field: FieldName;
  value: BiText;
  readOnly: boolean;
  /** Accessible name, also shown as the row's caption when `caption` is set. */
  name: string;
  caption?: boolean;
  /** Stack English above Chinese (narrow cells such as the action-plan grid). */
  stacked?: boolean;
}

/** A bilingual field: English and Chinese side by side, aligned on one row, each with its status. */
export function BiField({ elementId, field, value, readOnly, name, caption, stacked }: Props) {
  return (
    <div className={stacked ? 'bi-field stacked' : 'bi-field'} data-bi-field={field}>
      {caption && <div className="bi-caption">{name}</div>}
      <LangText elementId={elementId} field={field} lang="en" text={value.en.text} status={value.en.status} stale={isStale(value, 'en')} readOnly={readOnly} name={name} />
      <LangText elementId={elementId} field={field} lang="zh" text={value.zh.text} status={value.zh.status} stale={isStale(value, 'zh')} readOnly={readOnly} name={name} />
    </div>
  );
}

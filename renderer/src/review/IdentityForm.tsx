import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reviewer } from '../../../shared/review/model';

interface Props {
  initial: Reviewer | null;
  onSave: (r: Reviewer) => void;
  title: string;
}

/** Asked once per role: who the comments (or the drafter's replies and decisions) are from (remembered in the user's settings). */
export function IdentityForm({ initial, onSave, title }: Props) {
  const { t } = useTranslation();
  const [r, setR] = useState<Reviewer>(initial ?? { name: '', organisation: '', country: '', role: '' });
  const field = (key: keyof Reviewer, label: string) => (
    <label className="review-field">
      {label}
      <input value={r[key]} data-testid={`reviewer-${key}`} onChange={(e) => setR({ ...r, [key]: e.target.value })} />
    </label>
  );
  return (
    <form
      className="review-identity"
      onSubmit={(e) => {
        e.preventDefault();
        if (r.name.trim()) onSave({ ...r, name: r.name.trim() });
      }}
    >
      <h3>{title}</h3>
      {field('name', t('review.identity.name'))}
      {field('organisation', t('review.identity.organisation'))}
      {field('country', t('review.identity.country'))}
      {field('role', t('review.identity.role'))}
      <button type="submit" disabled={!r.name.trim()} data-testid="reviewer-save">{t('review.identity.save')}</button>
    </form>
  );
}

import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../shared/ipc/contract';
import { problemText } from './problemText';

interface Props {
  title: string;
  problem: Problem;
  /** Offered when the problem is a project file that failed to load. */
  onOpenBackup?: () => void;
  /** Offered when the project is locked by someone else: take it over (after a confirmation). */
  onTakeOver?: () => void;
  onDismiss: () => void;
}

/** A failure the user must see: which file, what is wrong, where in the file, and what they can do. */
export function ProblemBanner({ title, problem, onOpenBackup, onTakeOver, onDismiss }: Props) {
  const { t } = useTranslation();
  return (
    <div className="problem" role="alert" data-testid="problem">
      <strong>{title}</strong>
      <p className="problem-message">{problemText(t, problem)}</p>
      {problem.details && problem.details.length > 0 && (
        <ul className="problem-details">
          {problem.details.map((d, i) => (
            <li key={i}>
              <code>{d.path}</code>: {d.message}
            </li>
          ))}
        </ul>
      )}
      {problem.code.startsWith('load-') && <p>{t('project.loadErrorKept')}</p>}
      {problem.code === 'locked' && problem.data?.user !== undefined && <p data-testid="lock-holder">{t('project.lock.heldBy', problem.data)}</p>}
      <div className="problem-actions">
        {onOpenBackup && <button type="button" onClick={onOpenBackup}>{t('project.openBackup')}</button>}
        {onTakeOver && <button type="button" onClick={onTakeOver}>{t('project.lock.takeOver')}</button>}
        <button type="button" onClick={onDismiss}>{t('project.dismiss')}</button>
      </div>
    </div>
  );
}

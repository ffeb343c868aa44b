import { Alert } from 'antd';
import { useEffect } from 'react';
import { Button } from '../../components/Button';
import { useT } from '../../i18n';
import { historyText } from '../../i18n/history-text';
import { useHistoryProblemsStore } from '../../stores/history-problems-store';

/**
 * Damage found in or beside the history (a torn tail, unreadable records, a set-aside file, an
 * imported journal: main/history/problems.ts) — never silent: shown until acknowledged.
 */
export function HistoryProblemsBanner() {
  const t = useT();
  const problems = useHistoryProblemsStore((s) => s.problems);
  const error = useHistoryProblemsStore((s) => s.error);
  useEffect(() => void useHistoryProblemsStore.getState().load(), []);
  if (problems.length === 0 && !error) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="history__problems"
      data-testid="history-problems"
      title={t(historyText.problemsTitle(problems.length))}
      description={
        <ul className="history__problems-list">
          {problems.map((p) => (
            <li key={`${p.id}-${p.code}`}>
              {t(p.message)}
              {p.savedTo ? ` (${p.savedTo})` : ''}
            </li>
          ))}
          {error && <li>{t(error)}</li>}
        </ul>
      }
      action={
        problems.length > 0 ? (
          <Button size="sm" onClick={() => void useHistoryProblemsStore.getState().acknowledge()} data-testid="history-problems-ack">
            {t(historyText.problemsAck)}
          </Button>
        ) : undefined
      }
    />
  );
}

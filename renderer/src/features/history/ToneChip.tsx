import { useT } from '../../i18n';
import type { ToneLabel } from './history-labels';

/** A small coloured state label (已创建 / 失败 / 审核中 …). */
export function ToneChip({ view, testId }: { view: ToneLabel; testId?: string }) {
  const t = useT();
  return (
    <span className={`tone-chip tone-chip--${view.tone}`} data-testid={testId} data-state={view.key}>
      {t(view.label)}
    </span>
  );
}

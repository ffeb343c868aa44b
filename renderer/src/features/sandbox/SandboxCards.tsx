import type { SANDBOX_STATUSES, SandboxStatus } from '../../../../common/ipc/channels/sandbox';
import { formatChinaDateTime } from '../../../../common/units/china-time';
import { Button } from '../../components/Button';
import { useT } from '../../i18n';
import { sandboxText } from '../../i18n/sandbox-text';
import { useSandboxStore } from '../../stores/sandbox-store';

/** The statuses in the order a card moves through them. */
const ORDER: readonly (typeof SANDBOX_STATUSES)[number][] = ['CARD_STATUS_NOT_VERIFY', 'CARD_STATUS_VERIFY_OK', 'CARD_STATUS_VERIFY_FAIL', 'CARD_STATUS_DISPATCH', 'CARD_STATUS_DELETE'];

/** Cards by review status, and the simulated clock that settles reviews (+1 分钟 / +1 小时). */
export function SandboxCards({ status }: { status: SandboxStatus }) {
  const t = useT();
  const busy = useSandboxStore((s) => s.busy);
  const advanceClock = useSandboxStore((s) => s.advanceClock);
  return (
    <div className="sandbox-block">
      <div className="sandbox-block__head">
        <h4 className="sandbox-block__title">{t(sandboxText.cards)}</h4>
        <span className="sandbox-block__meta" data-testid="sandbox-card-total">
          {t(sandboxText.cardsTotal(status.cards.total))}
        </span>
      </div>
      {status.cards.total === 0 ? (
        <p className="sandbox-block__empty">{t(sandboxText.noCards)}</p>
      ) : (
        <ul className="status-counts" data-testid="sandbox-card-counts">
          {ORDER.map((name) => (
            <li key={name} className={`status-count status-count--${name.toLowerCase()}${status.cards.byStatus[name] ? '' : ' status-count--zero'}`} data-status={name}>
              <span className="status-count__n">{status.cards.byStatus[name] ?? 0}</span>
              <span className="status-count__label">{t(sandboxText.status[name])}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="sandbox-clock">
        <div className="sandbox-clock__text">
          <span className="sandbox-clock__label">{t(sandboxText.clock)}</span>
          <span className="sandbox-clock__now mono" data-testid="sandbox-now">
            {t(sandboxText.clockNow(formatChinaDateTime(Math.floor(status.now / 1000))))}
          </span>
        </div>
        <div className="sandbox-clock__buttons">
          <Button size="sm" icon="clock" disabled={busy === 'clock'} onClick={() => void advanceClock(60)} data-testid="clock-minute">
            {t(sandboxText.plusMinute)}
          </Button>
          <Button size="sm" icon="clock" disabled={busy === 'clock'} onClick={() => void advanceClock(3600)} data-testid="clock-hour">
            {t(sandboxText.plusHour)}
          </Button>
        </div>
      </div>
      <p className="sandbox-block__help">{t(sandboxText.clockHelp)}</p>
    </div>
  );
}

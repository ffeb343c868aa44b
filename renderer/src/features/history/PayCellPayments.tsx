import { InputNumber } from 'antd';
import { useEffect, useState } from 'react';
import { formatYuan, parseYuan } from '../../../../common/units/money';
import { Button } from '../../components/Button';
import { DeveloperDetail } from '../../components/DeveloperDetail';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { paycellEventsText as text } from '../../i18n/paycell-events-text';
import { useSandboxStore } from '../../stores/sandbox-store';
import { chinaTime } from './history-labels';

const NO_EVENTS: readonly never[] = [];

/**
 * A sandbox card with 快速买单 on: simulate a WeChat Pay payment through it and read the
 * user_pay_from_pay_cell events it produced (guide §3.2), amounts in 元. Real events go to a
 * callback URL, which a desktop app does not have: said plainly.
 */
export function PayCellPayments({ cardId }: { cardId: string }) {
  const t = useT();
  const events = useSandboxStore((s) => s.payments[cardId] ?? NO_EVENTS);
  const busy = useSandboxStore((s) => s.busy === `pay:${cardId}`);
  const error = useSandboxStore((s) => s.paymentError);
  const [bill, setBill] = useState<string>('88');
  const [billProblem, setBillProblem] = useState(false);
  useEffect(() => void useSandboxStore.getState().loadPayments(cardId), [cardId]);

  const pay = () => {
    const fen = parseYuan(bill);
    if (!fen.ok || fen.value <= 0) {
      setBillProblem(true);
      return;
    }
    setBillProblem(false);
    void useSandboxStore.getState().pay(cardId, fen.value);
  };

  return (
    <section className="drawer-section paycell-payments" aria-labelledby="paycell-payments-title" data-testid="paycell-payments">
      <h3 id="paycell-payments-title" className="drawer-section__title">
        {t(text.title)}
      </h3>
      <p className="drawer-section__help paycell-payments__note" data-testid="paycell-note">
        <Icon name="info" size={14} />
        <span>{t(text.noPublicUrl)}</span>
      </p>
      <div className="paycell-payments__form">
        <label htmlFor="paycell-bill">{t(text.bill)}</label>
        <InputNumber<string> id="paycell-bill" stringMode step="1" value={bill} onChange={(v) => setBill(v ?? '')} status={billProblem ? 'error' : undefined} data-testid="paycell-bill" />
        <Button size="sm" icon="check" disabled={busy} onClick={pay} data-testid="paycell-pay">
          {t(busy ? text.paying : text.pay)}
        </Button>
      </div>
      {billProblem && <p className="field__msg field__msg--error">{t(text.billBad)}</p>}
      {error && (
        <p className="field__msg field__msg--error" role="alert">
          {t(error)}
        </p>
      )}
      {events.length === 0 ? (
        <p className="paycell-payments__none">{t(text.none)}</p>
      ) : (
        <ul className="paycell-payments__list">
          {events.map((e) => (
            <li key={e.TransId} data-testid="paycell-event">
              <span className="paycell-payments__amount">{t(text.paid(formatYuan(e.Fee), formatYuan(e.OriginalFee)))}</span>
              <span className="paycell-payments__meta">
                {chinaTime(e.CreateTime * 1000)} · {t(text.store(e.LocationId))}
              </span>
              <DeveloperDetail
                facts={{
                  rows: [
                    { label: text.event, code: e.Event },
                    { label: text.fen, code: `${e.Fee} / ${e.OriginalFee}` },
                    { label: text.transId, code: e.TransId },
                    { label: text.code, code: e.UserCardCode },
                  ],
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

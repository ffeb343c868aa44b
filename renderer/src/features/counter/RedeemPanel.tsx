import { Alert, Input, Result, Select, Switch, Table, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { CounterRedeemResult } from '../../../../common/ipc/channels/counter';
import { DeveloperDetail } from '../../components/DeveloperDetail';
import { useT } from '../../i18n';
import { SANDBOX_MERCHANT_ACCOUNT_ID, useCounterStore } from '../../stores/counter-store';
import { useMerchantsStore } from '../../stores/merchants-store';
import { counterText } from './counter-text';
import { beep } from './signal';

const shown = (rfc3339: string | null) => (rfc3339 ? rfc3339.replace('T', ' ').replace(/\+08:00$/, '') : '');

function ResultView({ value }: { value: CounterRedeemResult }) {
  const t = useT();
  const reconcile = useCounterStore((s) => s.reconcile);
  if (value.kind === 'used') {
    return (
      <Result
        status="success"
        className="counter-result counter-result-ok"
        title={<span data-testid="counter-result-title">✓ {t(counterText.used)}</span>}
        subTitle={
          <div data-testid="counter-result-line">
            {value.coupon ? <div className="counter-coupon">{value.coupon.name} · {t(value.coupon.value)}</div> : null}
            <div>{t(value.message)}</div>
          </div>
        }
      />
    );
  }
  if (value.kind === 'unknown') {
    return (
      <Result
        status="warning"
        className="counter-result"
        title={<span data-testid="counter-result-title">{t(counterText.unknown)}</span>}
        subTitle={<div data-testid="counter-result-line">{t(counterText.unknownHelp)}</div>}
        extra={<button type="button" className="btn" onClick={() => void reconcile()}>{t(counterText.checkAgain)}</button>}
      />
    );
  }
  return (
    <Result
      status="error"
      className="counter-result counter-result-no"
      title={<span data-testid="counter-result-title">✗ {t(counterText.reason[value.reason])}</span>}
      subTitle={
        <div data-testid="counter-result-line">
          {t(value.message)}
          {value.coupon ? <div className="counter-coupon">{value.coupon.name} · {t(value.coupon.value)}</div> : null}
          <DeveloperDetail facts={{ rows: [{ label: counterText.dev.endpoint, code: 'POST /v3/marketing/busifavor/coupons/use' }, ...(value.detail ? [{ label: counterText.dev.answer, code: value.detail }] : [])] }} />
        </div>
      }
    />
  );
}

/** 核销: one large input a USB scanner types into (code + Enter), the result big, the recent log below. */
export function RedeemPanel() {
  const t = useT();
  const input = useRef<InputRef>(null);
  const [code, setCode] = useState('');
  const panel = useRef<HTMLDivElement>(null);
  const { merchantAccountId, stocks, stockId, busyCode, result, recent, error, feedback, ignored } = useCounterStore();
  const merchants = useMerchantsStore((s) => s.merchants);
  const store = useCounterStore.getState;

  useEffect(() => void store().load(), [store]);
  // The saved WeChat Pay merchants (Accounts screen) besides the built-in sandbox one.
  useEffect(() => void useMerchantsStore.getState().load(), []);
  const merchantOptions = [
    { value: SANDBOX_MERCHANT_ACCOUNT_ID, label: t(counterText.sandboxMerchant) },
    ...merchants.map((m) => ({ value: m.id, label: `${t(m.displayName)} · ${m.mchid}` })),
  ];
  // After every result (and an ignored repeat) the cursor is back in the input: keyboard and scanner only.
  useEffect(() => {
    if (busyCode === null) input.current?.focus();
  }, [busyCode, result?.seq, ignored]);
  useEffect(() => {
    if (!result) return;
    const ok = result.value.kind === 'used';
    if (feedback.sound) beep(ok);
    if (!feedback.flash) return;
    // The flash is a class on the panel for 600 ms (DOM, not React state: it must not re-render the list).
    const el = panel.current;
    const name = ok ? 'counter-flash-ok' : 'counter-flash-no';
    el?.classList.add(name);
    const timer = setTimeout(() => el?.classList.remove(name), 600);
    return () => {
      clearTimeout(timer);
      el?.classList.remove(name);
    };
    // Only a new result signals; changing the switches does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result?.seq]);

  const submit = () => {
    const scanned = code;
    setCode('');
    void store().redeem(scanned);
  };

  return (
    <div ref={panel} className="counter-redeem" data-testid="counter-redeem">
      <div className="counter-bar">
        <label className="counter-field">
          <span>{t(counterText.merchant)}</span>
          <Select
            className="counter-select"
            value={merchantAccountId}
            options={merchantOptions}
            // An agency's till may know many shops: type part of the name or the 商户号.
            showSearch={{ optionFilterProp: 'label' }}
            onChange={(id: string) => void store().load(id)}
            aria-label={t(counterText.merchant)}
            data-testid="counter-merchant"
            data-value={merchantAccountId}
          />
        </label>
        <label className="counter-field">
          <span>{t(counterText.stock)}</span>
          <Select
            className="counter-select"
            value={stockId}
            options={[{ value: '', label: t(counterText.stockAuto) }, ...stocks.map((s) => ({ value: s.stockId, label: s.name ?? s.stockId }))]}
            onChange={(id: string) => store().setStock(id)}
            aria-label={t(counterText.stock)}
            data-testid="counter-stock"
            data-value={stockId}
          />
        </label>
        <span className="counter-switch">
          {t(counterText.sound)} <Switch size="small" checked={feedback.sound} onChange={(sound) => store().setFeedback({ sound })} aria-label={t(counterText.sound)} data-testid="counter-sound" />
        </span>
        <span className="counter-switch">
          {t(counterText.flash)} <Switch size="small" checked={feedback.flash} onChange={(on) => store().setFeedback({ flash: on })} aria-label={t(counterText.flash)} data-testid="counter-flash" />
        </span>
      </div>
      <p className="counter-help">{t(counterText.stockHelp)}</p>
      <Input
        ref={input}
        size="large"
        className="counter-input"
        autoFocus
        aria-label={t(counterText.inputLabel)}
        placeholder={t(counterText.input)}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        onPressEnter={(e) => {
          e.preventDefault();
          submit();
        }}
        autoComplete="off"
        spellCheck={false}
        data-testid="counter-input"
      />
      {busyCode !== null ? <div className="counter-working" role="status">{t(counterText.working)} {busyCode}</div> : null}
      {ignored > 0 ? <div className="counter-ignored" role="status" key={ignored}>{t(counterText.ignoredRepeat)}</div> : null}
      {error ? <Alert type="error" showIcon message={t(error)} /> : null}
      <div aria-live="assertive" data-testid="counter-result">
        {result ? <ResultView value={result.value} /> : null}
      </div>
      <h3 className="counter-recent-title">{t(counterText.recent)}</h3>
      {/* A table, not antd's List (deprecated in antd 6.6): one row per redemption, newest first. */}
      <Table
        size="small"
        bordered
        pagination={false}
        data-testid="counter-recent"
        rowKey="useRequestNo"
        locale={{ emptyText: t(counterText.noRecent) }}
        dataSource={recent}
        showHeader={false}
        columns={[
          { key: 'code', render: (_: unknown, r: (typeof recent)[number]) => <span className="counter-recent-code">{r.code}</span> },
          { key: 'stock', render: (_: unknown, r: (typeof recent)[number]) => r.stockName ?? r.stockId },
          { key: 'state', render: (_: unknown, r: (typeof recent)[number]) => t(counterText.state[r.state]) },
          { key: 'at', render: (_: unknown, r: (typeof recent)[number]) => shown(r.at) },
        ]}
      />
    </div>
  );
}

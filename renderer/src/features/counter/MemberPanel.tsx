import { Alert, Descriptions, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { useAccountsStore } from '../../stores/accounts-store';
import { useCounterMembersStore } from '../../stores/counter-members-store';
import { counterText } from './counter-text';

const txt = counterText.members;
const yuan = (fen: number) => (fen / 100).toFixed(2);
const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

/** 会员 at the counter: find a member by code, show points and balance, change one with a reason after a before → after confirmation. */
export function MemberPanel() {
  const t = useT();
  const accounts = useAccountsStore((s) => s.accounts);
  const { accountId, cards, cardId, member, finding, error, changing, outcome } = useCounterMembersStore();
  const store = useCounterMembersStore.getState;
  const [code, setCode] = useState('');
  const [value, setValue] = useState<'bonus' | 'balance'>('bonus');
  const [amount, setAmount] = useState<number | null>(null);
  const [record, setRecord] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => void useAccountsStore.getState().load(), []);
  const chosen = accountId || accounts[0]?.id || '';
  useEffect(() => {
    if (chosen) void store().loadCards(chosen);
  }, [chosen, store]);

  const delta = amount === null ? 0 : value === 'balance' ? Math.round(amount * 100) : amount;
  const current = member ? member[value] : 0;
  const show = (n: number) => (value === 'balance' ? `¥${yuan(n)}` : String(n));
  const ask = () => {
    if (!Number.isInteger(delta) || delta === 0 || (value === 'bonus' && !Number.isInteger(amount))) return setProblem(t(txt.badAmount));
    if (utf8Bytes(record.trim()) > 42) return setProblem(t(txt.recordTooLong));
    setProblem(null);
    setConfirming(true);
  };

  return (
    <div className="counter-members" data-testid="counter-members">
      <div className="counter-bar">
        <label className="counter-field">
          <span>{t(txt.account)}</span>
          <Select
            className="counter-select"
            value={chosen}
            options={accounts.length === 0 ? [{ value: '', label: t(txt.noAccount) }] : accounts.map((a) => ({ value: a.id, label: t(a.displayName) }))}
            onChange={(id: string) => void store().loadCards(id)}
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t(txt.account)}
            data-testid="member-account"
            data-value={chosen}
          />
        </label>
        <label className="counter-field">
          <span>{t(txt.card)}</span>
          <Select
            className="counter-select"
            value={cardId}
            options={cards.map((c) => ({ value: c.cardId, label: c.title ?? c.cardId }))}
            onChange={(id: string) => store().setCard(id)}
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t(txt.card)}
            data-testid="member-card"
            data-value={cardId}
          />
        </label>
      </div>
      {cards.length === 0 && chosen ? <Alert type="info" showIcon message={t(txt.noCards)} /> : null}
      <Input.Search
        size="large"
        className="counter-input"
        aria-label={t(txt.code)}
        placeholder={t(txt.code)}
        enterButton={t(txt.find)}
        loading={finding}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        onSearch={(v) => void store().find(v)}
        data-testid="member-code"
      />
      {error ? <Alert type="error" showIcon message={t(error)} /> : null}
      {member ? (
        <>
          <Descriptions bordered size="middle" column={2} className="counter-member" data-testid="member-info">
            <Descriptions.Item label={t(txt.nickname)}>{member.nickname || member.openid}</Descriptions.Item>
            <Descriptions.Item label={t(txt.number)}>{member.membershipNumber || '—'}</Descriptions.Item>
            <Descriptions.Item label={t(txt.points)}>
              <span className="counter-big" data-testid="member-points">{member.bonus}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t(txt.balance)}>
              <span className="counter-big" data-testid="member-balance">{yuan(member.balance)}</span>
            </Descriptions.Item>
          </Descriptions>
          <fieldset className="counter-adjust">
            <legend>{t(txt.adjust)}</legend>
            <Radio.Group value={value} onChange={(e) => setValue(e.target.value as 'bonus' | 'balance')} aria-label={t(txt.what)}>
              <Radio value="bonus">{t(txt.points)}</Radio>
              <Radio value="balance">{t(txt.balance)}</Radio>
            </Radio.Group>
            <label className="counter-field">
              <span>{t(value === 'balance' ? txt.amountYuan : txt.amount)}</span>
              <InputNumber value={amount} onChange={(v) => setAmount(typeof v === 'number' ? v : null)} precision={value === 'balance' ? 2 : 0} aria-label={t(txt.amount)} data-testid="member-amount" />
            </label>
            <label className="counter-field counter-grow">
              <span>{t(txt.record)}</span>
              <Input value={record} onChange={(e) => setRecord(e.target.value)} aria-label={t(txt.record)} onPressEnter={ask} data-testid="member-record" />
            </label>
            <button type="button" className="btn btn-primary" onClick={ask} disabled={changing} data-testid="member-adjust">
              {t(txt.adjust)}
            </button>
          </fieldset>
          {problem ? <Alert type="error" showIcon message={problem} /> : null}
        </>
      ) : null}
      <Modal
        open={confirming}
        title={t(txt.confirmTitle)}
        okText={t(txt.confirm)}
        cancelText={t(txt.cancel)}
        onCancel={() => setConfirming(false)}
        onOk={() => {
          setConfirming(false);
          void store().change({ value, delta, record });
        }}
      >
        <p data-testid="member-confirm">
          {t(value === 'balance' ? txt.balance : txt.points)}：{t(txt.before)} {show(current)} → {t(txt.after)} {show(current + delta)}
        </p>
        {record.trim() ? <p>{record.trim()}</p> : null}
      </Modal>
      <div aria-live="polite" data-testid="member-outcome">
        {outcome?.kind === 'applied' || outcome?.kind === 'superseded' ? (
          <Alert type="success" showIcon message={`${t(outcome.kind === 'applied' ? txt.applied : txt.superseded)}：${show(outcome.before)} → ${show(outcome.after)}`} />
        ) : null}
        {outcome?.kind === 'checking' ? <Alert type="warning" showIcon message={t(txt.checking)} /> : null}
        {outcome?.kind === 'still_unknown' ? <Alert type="warning" showIcon message={t(txt.stillUnknown)} action={<button type="button" className="btn" onClick={() => void store().reconcile()}>{t(txt.reconcile)}</button>} /> : null}
        {outcome?.kind === 'failed' ? <Alert type="error" showIcon message={t(outcome.message)} /> : null}
      </div>
    </div>
  );
}

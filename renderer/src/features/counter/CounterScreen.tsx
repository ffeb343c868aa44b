import { Tabs } from 'antd';
import { useT } from '../../i18n';
import { counterText } from './counter-text';
import { MemberPanel } from './MemberPanel';
import { RedeemPanel } from './RedeemPanel';
import './counter.css';

/** 核销台: redeem 商家券 by scanner or keyboard, and the member counter beside it. */
export function CounterScreen() {
  const t = useT();
  return (
    <section className="screen counter-screen" aria-label={t(counterText.screen)}>
      <h1 className="screen-title">{t(counterText.screen)}</h1>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'redeem', label: t(counterText.tabs.redeem), children: <RedeemPanel /> },
          { key: 'members', label: t(counterText.tabs.members), children: <MemberPanel /> },
        ]}
      />
    </section>
  );
}

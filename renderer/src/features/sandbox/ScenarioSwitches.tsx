import type { CSSProperties } from 'react';
import type { Localized } from '../../../../common/i18n';
import type { SandboxScenario } from '../../../../common/ipc/channels/sandbox';
import { FieldShell } from '../../components/FieldShell';
import { Switch } from '../../components/Switch';
import { useT } from '../../i18n';
import { sandboxText } from '../../i18n/sandbox-text';
import { useSandboxStore } from '../../stores/sandbox-store';

/** One scenario: a label, what turning it on does, and the switch. */
function ScenarioRow({ id, label, help, checked, busy, onChange }: { id: string; label: Localized; help: Localized; checked: boolean; busy: boolean; onChange(next: boolean): void }) {
  return (
    <div className="scenario" data-testid={`scenario-${id}`}>
      <FieldShell id={`scenario-${id}-switch`} label={label} help={help} inline>
        <Switch id={`scenario-${id}-switch`} checked={checked} disabled={busy} onChange={onChange} aria-describedby={`scenario-${id}-switch-help`} />
      </FieldShell>
    </div>
  );
}

/** The failure modes a merchant can switch on: the 2021 refusal, the IP whitelist, no WeChat Pay, faults. */
export function ScenarioSwitches({ scenario, faultsInjected }: { scenario: SandboxScenario; faultsInjected: number }) {
  const t = useT();
  const busy = useSandboxStore((s) => s.busy);
  const setScenario = useSandboxStore((s) => s.setScenario);
  const percent = Math.round(scenario.faultRate * 100);
  const waiting = (key: keyof SandboxScenario) => busy === `scenario:${key}`;
  return (
    <div className="switch-list scenarios">
      <ScenarioRow
        id="coupon-creation"
        label={sandboxText.blocked}
        help={sandboxText.blockedHelp}
        checked={scenario.couponCreation === 'blocked'}
        busy={waiting('couponCreation')}
        onChange={(on) => void setScenario({ couponCreation: on ? 'blocked' : 'allowed' })}
      />
      <ScenarioRow
        id="ip"
        label={sandboxText.ip}
        help={sandboxText.ipHelp}
        checked={scenario.ipNotWhitelisted}
        busy={waiting('ipNotWhitelisted')}
        onChange={(on) => void setScenario({ ipNotWhitelisted: on })}
      />
      <ScenarioRow
        id="pay"
        label={sandboxText.pay}
        help={sandboxText.payHelp}
        checked={!scenario.payPermission}
        busy={waiting('payPermission')}
        onChange={(on) => void setScenario({ payPermission: !on })}
      />
      <div className="field scenario scenario--range" data-testid="scenario-faults">
        <div className="field__head">
          <label className="field__label" htmlFor="scenario-faults-range">
            {t(sandboxText.faults)}
          </label>
          <span className={percent > 0 ? 'scenario__value scenario__value--on' : 'scenario__value'} data-testid="fault-rate">
            {percent > 0 ? t(sandboxText.faultsValue(percent)) : t(sandboxText.faultsOff)}
          </span>
        </div>
        <div className="range">
          <input
            id="scenario-faults-range"
            className="range__input"
            type="range"
            min={0}
            max={50}
            step={5}
            value={percent}
            style={{ '--fill': `${percent * 2}%` } as CSSProperties}
            aria-valuetext={percent > 0 ? `${percent}%` : t(sandboxText.faultsOff)}
            aria-describedby="scenario-faults-help"
            onChange={(e) => void setScenario({ faultRate: Number(e.target.value) / 100 })}
          />
          <span className="range__ticks" aria-hidden="true">
            <span>0%</span>
            <span>25%</span>
            <span>50%</span>
          </span>
        </div>
        <p className="field__help" id="scenario-faults-help">
          {t(sandboxText.faultsHelp)} <span className="scenario__count">{t(sandboxText.faultsInjected(faultsInjected))}</span>
        </p>
      </div>
    </div>
  );
}

import { useEffect } from 'react';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { sandboxText } from '../../i18n/sandbox-text';
import { useSandboxStore } from '../../stores/sandbox-store';
import { ReviewForm } from './ReviewForm';
import { SandboxCards } from './SandboxCards';
import { SandboxStores } from './SandboxStores';
import { ScenarioSwitches } from './ScenarioSwitches';

/** 沙箱: what a merchant switches on to see real failure modes, the cards' review, stores and the clock. */
export function SandboxPanel() {
  const t = useT();
  const status = useSandboxStore((s) => s.status);
  const error = useSandboxStore((s) => s.error);
  useEffect(() => useSandboxStore.getState().start(), []);
  return (
    <section className="detail-card sandbox" aria-labelledby="sandbox-title" data-testid="sandbox-panel">
      <header className="detail-card__head">
        <h3 className="detail-card__title" id="sandbox-title">
          <Icon name="terminal" size={16} />
          {t(sandboxText.title)}
        </h3>
        <span className="detail-card__subtitle">{t(sandboxText.subtitle)}</span>
      </header>
      {error && (
        <div className="callout callout--error" role="alert">
          <Icon name="error" size={16} />
          <span>
            {status && <b>{t(sandboxText.changeFailed)} </b>}
            {t(error)}
          </span>
        </div>
      )}
      {!status && !error && <p className="sandbox-block__empty">{t(sandboxText.loading)}</p>}
      {status && (
        <>
          <h4 className="sandbox__subhead">{t(sandboxText.scenarios)}</h4>
          <ScenarioSwitches scenario={status.scenario} faultsInjected={status.faultsInjected} />
          <div className="sandbox__grid">
            <SandboxCards status={status} />
            <ReviewForm />
          </div>
          <SandboxStores stores={status.stores} />
        </>
      )}
    </section>
  );
}

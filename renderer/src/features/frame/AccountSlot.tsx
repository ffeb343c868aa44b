import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { frameText } from '../../i18n/frame-text';
import { useAppStore } from '../../stores/app-store';

/** The account switcher's place in the top bar: offline until the accounts screen adds accounts. */
export function AccountSlot() {
  const t = useT();
  const showScreen = useAppStore((s) => s.showScreen);
  return (
    <button type="button" className="account-slot" title={t(frameText.account.hint)} onClick={() => showScreen('accounts')} data-testid="account-slot">
      <span className="account-slot__avatar">
        <Icon name="user" size={14} />
      </span>
      <span className="account-slot__name">{t(frameText.account.none)}</span>
      <span className="account-slot__state">{t(frameText.account.offline)}</span>
      <Icon name="chevronDown" size={14} />
    </button>
  );
}

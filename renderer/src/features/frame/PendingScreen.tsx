import type { Localized } from '../../../../common/i18n';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import type { IconName } from '../../components/Icon';
import { useT } from '../../i18n';
import { frameText } from '../../i18n/frame-text';
import { useAppStore } from '../../stores/app-store';

/** A screen whose content another part of the app provides: what it will hold, and a way back to work. */
export function PendingScreen({ icon, title, body }: { icon: IconName; title: Localized; body: Localized }) {
  const t = useT();
  const showScreen = useAppStore((s) => s.showScreen);
  return (
    <div className="screen screen--centered">
      <EmptyState icon={icon} title={title} body={body}>
        <Button variant="secondary" icon="ticket" onClick={() => showScreen('builder')}>
          {t(frameText.pending.goBuilder)}
        </Button>
      </EmptyState>
    </div>
  );
}

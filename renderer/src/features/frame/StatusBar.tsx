import type { AppInfo } from '../../../../common/ipc/channels/app';
import { useT } from '../../i18n';
import { frameText } from '../../i18n/frame-text';

/** The bottom status bar: version, transport and language in effect (the shell test reads these). */
export function StatusBar({ info, locale }: { info: AppInfo | null; locale: string }) {
  const t = useT();
  if (!info) return <footer className="statusbar" />;
  return (
    <footer className="statusbar">
      <span>
        {t(frameText.status.version)} <span data-testid="app-version">{info.version}</span>
      </span>
      <span>
        {t(frameText.status.transport)} <span data-testid="app-transport">{info.transport}</span>
      </span>
      <span>
        {t(frameText.status.language)} <span data-testid="app-locale">{locale}</span>
      </span>
    </footer>
  );
}

import { formatChinaDateTime } from '../../../../common/units/china-time';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { builderText } from '../../i18n/builder-text';
import { useSaveStore } from '../../stores/save-store';

/** 已保存 / 保存中… / 保存失败 (with retry) / 仅保存在本次会话. */
export function SaveIndicator() {
  const t = useT();
  const status = useSaveStore((s) => s.status);
  const error = useSaveStore((s) => s.error);
  const retry = useSaveStore((s) => s.retry);
  const lastSavedAt = useSaveStore((s) => s.lastSavedAt);
  if (status === 'failed') {
    return (
      <div className="save save--failed" role="alert" data-testid="save-status" data-state="failed">
        <Icon name="error" size={14} />
        <span className="save__text" title={error ? `${t(error)} ${t(builderText.saveFailedHint)}` : t(builderText.saveFailedHint)}>
          {t(builderText.saveFailed)}
        </span>
        <button type="button" className="save__retry" onClick={retry}>
          {t(builderText.saveRetry)}
        </button>
      </div>
    );
  }
  if (status === 'local') {
    return (
      <div className="save save--local" data-testid="save-status" data-state="local" title={t(builderText.saveLocalHint)}>
        <Icon name="cloudOff" size={14} />
        <span className="save__text">{t(builderText.saveLocal)}</span>
      </div>
    );
  }
  const saving = status === 'saving';
  return (
    <div
      className={saving ? 'save save--saving' : 'save'}
      data-testid="save-status"
      data-state={status}
      aria-live="polite"
      title={lastSavedAt === null ? undefined : t(builderText.savedAt(formatChinaDateTime(Math.floor(lastSavedAt / 1000)).slice(11)))}
    >
      <Icon name={saving ? 'clock' : 'cloud'} size={14} />
      <span className="save__text">{t(saving ? builderText.saveSaving : builderText.saveSaved)}</span>
    </div>
  );
}

import type { Settings } from '../../../../common/ipc/channels/settings';
import { RadioCards } from '../../components/RadioCards';
import { useT } from '../../i18n';
import { settingsText } from '../../i18n/settings-text';
import { useAppStore } from '../../stores/app-store';

/** 设置: interface language (system / 中文 / English, saved through settings:set) and what the app runs on. */
export function SettingsScreen() {
  const t = useT();
  const info = useAppStore((s) => s.info);
  const setting = useAppStore((s) => s.localeSetting);
  const setLocale = useAppStore((s) => s.setLocale);
  return (
    <div className="screen settings" data-testid="settings">
      <h2 className="screen__title">{t(settingsText.title)}</h2>
      <section className="card" aria-labelledby="settings-language">
        <h3 className="card__title" id="settings-language">
          {t(settingsText.language)}
        </h3>
        <p className="card__desc">{t(settingsText.languageHelp)}</p>
        <RadioCards<Settings['locale']>
          id="settings-locale"
          labelledBy="settings-language"
          value={setting}
          onChange={(next) => void setLocale(next)}
          columns={3}
          options={[
            { value: 'system', label: settingsText.system, description: settingsText.systemDesc(info?.systemLocale ?? '') },
            { value: 'zh-CN', label: settingsText.zh, description: { 'zh-CN': 'zh-CN', en: 'zh-CN' } },
            { value: 'en', label: settingsText.en, description: { 'zh-CN': 'en', en: 'en' } },
          ]}
        />
      </section>
      <section className="card" aria-labelledby="settings-time">
        <h3 className="card__title" id="settings-time">
          {t(settingsText.timeZone)}
        </h3>
        <p className="card__desc">{t(settingsText.timeZoneBody)}</p>
      </section>
      {info && (
        <section className="card" aria-labelledby="settings-about">
          <h3 className="card__title" id="settings-about">
            {t(settingsText.about)}
          </h3>
          <dl className="about">
            <dt>{t(settingsText.version)}</dt>
            <dd>{`${info.name} ${info.version}`}</dd>
            <dt>{t(settingsText.platform)}</dt>
            <dd>{`${info.platform} ${info.arch}`}</dd>
            <dt>{t(settingsText.transport)}</dt>
            <dd>{t(settingsText.transportKinds[info.transport])}</dd>
            <dt>{t(settingsText.dataDir)}</dt>
            <dd>{t(settingsText.dataDirKinds[info.dataDir.kind])}</dd>
            <dt>{t(settingsText.runtime)}</dt>
            <dd className="mono">
              {[info.versions.electron && `Electron ${info.versions.electron}`, info.versions.chrome && `Chrome ${info.versions.chrome}`, `Node ${info.versions.node}`]
                .filter(Boolean)
                .join(' · ')}
            </dd>
          </dl>
        </section>
      )}
    </div>
  );
}

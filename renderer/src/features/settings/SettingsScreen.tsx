import type { Settings } from '../../../../common/ipc/channels/settings';
import { Radio } from 'antd';
import { useT } from '../../i18n';
import { settingsText } from '../../i18n/settings-text';
import { useAppStore } from '../../stores/app-store';
import { DataDirCard } from './DataDirCard';

function LocaleChoice({ label, detail }: { label: string; detail: string }) {
  return (
    <span className="settings__choice">
      <span className="settings__choice-label">{label}</span>
      <span className="settings__choice-detail">{detail}</span>
    </span>
  );
}

/** 设置: interface language (system / 中文 / English, saved through settings:set), the data directory and its backup, and what the app runs on. */
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
        <Radio.Group
          id="settings-locale"
          aria-labelledby="settings-language"
          className="settings__locale"
          value={setting}
          onChange={(event) => void setLocale(event.target.value as Settings['locale'])}
          options={[
            { value: 'system', label: <LocaleChoice label={t(settingsText.system)} detail={t(settingsText.systemDesc(info?.systemLocale ?? ''))} /> },
            { value: 'zh-CN', label: <LocaleChoice label={t(settingsText.zh)} detail="zh-CN" /> },
            { value: 'en', label: <LocaleChoice label={t(settingsText.en)} detail="en" /> },
          ]}
        />
      </section>
      <section className="card" aria-labelledby="settings-time">
        <h3 className="card__title" id="settings-time">
          {t(settingsText.timeZone)}
        </h3>
        <p className="card__desc">{t(settingsText.timeZoneBody)}</p>
      </section>
      <DataDirCard />
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

import { localized } from '../../../common/i18n';

/** Texts of the settings screen. */
export const settingsText = {
  title: localized('设置', 'Settings'),
  language: localized('界面语言', 'Interface language'),
  languageHelp: localized('立即生效，所有窗口同步切换。字段名称沿用公众平台的叫法。', 'Takes effect at once in every window. Field names follow the Official Accounts Platform’s wording.'),
  system: localized('跟随系统', 'Follow the system'),
  systemDesc: (locale: string) => localized(`系统语言：${locale}`, `System language: ${locale}`),
  zh: localized('简体中文', 'Simplified Chinese'),
  en: localized('English', 'English'),
  about: localized('关于', 'About'),
  version: localized('版本', 'Version'),
  platform: localized('平台', 'Platform'),
  transport: localized('运行方式', 'Transport'),
  transportKinds: { electron: localized('桌面应用', 'Desktop app'), web: localized('测试服务器（网页）', 'Test harness (web)') },
  dataDir: localized('数据目录', 'Data directory'),
  dataDirKinds: {
    default: localized('系统默认位置', 'System default'),
    custom: localized('自定义位置', 'Custom location'),
    memory: localized('仅内存（不写入磁盘）', 'Memory only (nothing written to disk)'),
  },
  runtime: localized('运行环境', 'Runtime'),
  timeZone: localized('日期与时区', 'Dates and time zone'),
  timeZoneBody: localized(
    '卡券的日期一律按北京时间（UTC+8）计算：结束日期存为当天 23:59:59，不受这台电脑所在时区影响。',
    'Coupon dates always use Beijing time (UTC+8): an end date is stored as 23:59:59 that day, whatever this computer’s time zone is.',
  ),
  saveError: localized('无法保存设置', 'The setting could not be saved'),
};

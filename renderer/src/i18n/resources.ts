import { LOCALES, type Locale, type Localized } from '../../../common/i18n';
import { accountFormText } from './account-form-text';
import { accountsText } from './accounts-text';
import { builderText } from './builder-text';
import { cloneText } from './clone-text';
import { connectionText } from './connection-text';
import { consoleText } from './console-text';
import { dataDirText } from './data-dir-text';
import { editorText } from './editor-text';
import { frameText } from './frame-text';
import { historyDetailText } from './history-detail-text';
import { historyFilterText } from './history-filter-text';
import { historyText } from './history-text';
import { imageText } from './image-text';
import { previewText } from './preview-text';
import { runText } from './run-text';
import { sandboxText } from './sandbox-text';
import { settingsText } from './settings-text';
import { storePickerText } from './store-picker-text';

/** The text modules, one i18next namespace each (the keys the modules already use). */
export const TEXT_MODULES = {
  accountForm: accountFormText,
  accounts: accountsText,
  builder: builderText,
  clone: cloneText,
  connection: connectionText,
  console: consoleText,
  dataDir: dataDirText,
  editor: editorText,
  frame: frameText,
  historyDetail: historyDetailText,
  historyFilter: historyFilterText,
  history: historyText,
  image: imageText,
  preview: previewText,
  run: runText,
  sandbox: sandboxText,
  settings: settingsText,
  storePicker: storePickerText,
} as const;

/** A text module as an i18next resource: every Localized leaf becomes a string, functions drop out. */
export type Resource<T> = {
  [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: T[K] extends Localized ? string : Resource<T[K]>;
};

/** One language's resources, namespace by namespace. */
export type Resources = { [N in keyof typeof TEXT_MODULES]: Resource<(typeof TEXT_MODULES)[N]> };

const isLocalized = (value: object): value is Localized => LOCALES.every((l) => typeof (value as Record<string, unknown>)[l] === 'string');

function toResource(node: object, locale: Locale): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (typeof value !== 'object' || value === null) continue;
    out[key] = isLocalized(value) ? value[locale] : toResource(value, locale);
  }
  return out;
}

/** The i18next resources of one language, built from the text modules so both stay one source. */
export function resourcesFor(locale: Locale): Resources {
  return toResource(TEXT_MODULES, locale) as Resources;
}

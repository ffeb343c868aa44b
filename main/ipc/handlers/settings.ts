import { ipcOk } from '../../../common/ipc/envelope';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../common/ipc/channels/settings';
import type { DomainHandlers } from '../define-handlers';

/** Where settings live: electron-store in the app (main/electron/settings-store.ts), memory in the harness. */
export interface SettingsStore {
  get(): Settings;
  set(next: Settings): void;
}

/** An in-memory store (web harness, tests). */
export function createMemorySettingsStore(initial: Settings = DEFAULT_SETTINGS): SettingsStore {
  let current: Settings = { ...initial };
  return {
    get: () => ({ ...current }),
    set: (next) => {
      current = { ...next };
    },
  };
}

/** Dependencies of {@link settingsHandlers}. */
export interface SettingsHandlerDeps {
  readonly settings: SettingsStore;
}

/** `settings:get` / `settings:set`; a set that changes something pushes `settings:changed`. */
export function settingsHandlers({ settings }: SettingsHandlerDeps): DomainHandlers<'settings'> {
  return {
    'settings:get': () => ipcOk(settings.get()),
    'settings:set': (patch, { emit }) => {
      const before = settings.get();
      const next: Settings = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
      const changed = (Object.keys(next) as (keyof Settings)[]).some((key) => next[key] !== before[key]);
      if (changed) {
        settings.set(next);
        emit('settings:changed', next);
      }
      return ipcOk(next);
    },
  };
}

/** The key-value part of electron-store the persistent store needs. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/**
 * Settings kept under one key of a key-value store (electron-store in the app). A value that no
 * longer matches the schema is reported and read as the defaults, but left on disk untouched
 * until the user changes a setting (never silently rewritten).
 */
export function createPersistentSettingsStore(store: KeyValueStore, onInvalid: (issues: unknown) => void): SettingsStore {
  const KEY = 'settings';
  return {
    get() {
      const raw = store.get(KEY);
      if (raw === undefined) return { ...DEFAULT_SETTINGS };
      const parsed = settingsSchema.safeParse(raw);
      if (parsed.success) return parsed.data;
      onInvalid(parsed.error.issues);
      return { ...DEFAULT_SETTINGS };
    },
    set(next) {
      store.set(KEY, settingsSchema.parse(next));
    },
  };
}

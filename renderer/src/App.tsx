import { useEffect } from 'react';
import { AccountsScreen } from './features/accounts/AccountsScreen';
import { AccountSwitcher } from './features/accounts/AccountSwitcher';
import { BuilderScreen } from './features/builder/BuilderScreen';
import { ConsoleScreen } from './features/console/ConsoleScreen';
import { CounterScreen } from './features/counter/CounterScreen';
import { counterText } from './features/counter/counter-text';
import { Frame } from './features/frame/Frame';
import type { ScreenDef } from './features/frame/screens';
import { HistoryScreen } from './features/history/HistoryScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { frameText } from './i18n/frame-text';
import { useAccountsStore } from './stores/accounts-store';
import { useAppStore } from './stores/app-store';
import { useRunStore } from './stores/run-store';
import { useSaveStore } from './stores/save-store';

/** The screens of the rail, in order. */
export const SCREENS: readonly ScreenDef[] = [
  { id: 'builder', label: frameText.screens.builder, icon: 'ticket', render: () => <BuilderScreen /> },
  { id: 'history', label: frameText.screens.history, icon: 'history', render: () => <HistoryScreen /> },
  { id: 'counter', label: counterText.screen, icon: 'barcode', render: () => <CounterScreen /> },
  { id: 'accounts', label: frameText.screens.accounts, icon: 'user', render: () => <AccountsScreen /> },
  { id: 'console', label: frameText.screens.console, icon: 'terminal', render: () => <ConsoleScreen /> },
  { id: 'settings', label: frameText.screens.settings, icon: 'settings', render: () => <SettingsScreen /> },
];

/** The app: connects to main, opens the latest batch with autosave, follows batch runs, reads the accounts, and renders the frame. */
export function App() {
  const status = useAppStore((s) => s.status);
  useEffect(() => useAppStore.getState().start(), []);
  useEffect(() => (status === 'ready' ? useSaveStore.getState().start() : undefined), [status]);
  // Runs go on while another screen is shown: their progress is followed from the start.
  useEffect(() => (status === 'ready' ? useRunStore.getState().start() : undefined), [status]);
  // The switcher names the batch's account, so the list is read as soon as main answers.
  useEffect(() => void (status === 'ready' && useAccountsStore.getState().load()), [status]);
  return <Frame screens={SCREENS} accountSlot={<AccountSwitcher />} />;
}

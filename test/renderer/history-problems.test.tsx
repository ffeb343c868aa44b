import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localized } from '../../common/i18n';
import type { HistoryProblemView } from '../../common/ipc/channels/history';
import { HistoryScreen } from '../../renderer/src/features/history/HistoryScreen';
import { useAccountsStore } from '../../renderer/src/stores/accounts-store';
import { NOW } from './accounts-support';
import { fakeRunBridge, record, resetRunHistory } from './run-history-support';
import { setBridge } from './support/harness';

beforeEach(resetRunHistory);
afterEach(resetRunHistory);

const TORN: HistoryProblemView = {
  id: 3,
  code: 'torn_tail',
  at: NOW,
  count: 1,
  savedTo: '/data/history/journal.torn-1.jsonl',
  message: localized('历史文件末尾有一行不完整，已另存', 'The last line of the history file was incomplete; saved aside'),
};

describe('history damage on the History screen', () => {
  it('shows unacknowledged problems in a banner until 知道了 acknowledges exactly those', async () => {
    const bridge = fakeRunBridge({ records: [record()], problems: [TORN] });
    setBridge(bridge);
    await useAccountsStore.getState().load();
    render(
      <App>
        <HistoryScreen />
      </App>,
    );
    const banner = await screen.findByTestId('history-problems');
    expect(banner.textContent).toContain('卡券历史发现 1 处问题');
    expect(banner.textContent).toContain('历史文件末尾有一行不完整');
    expect(banner.textContent).toContain('journal.torn-1.jsonl');
    fireEvent.click(screen.getByTestId('history-problems-ack'));
    await waitFor(() => expect(screen.queryByTestId('history-problems')).toBeNull());
    expect(bridge.history.acknowledgeProblems).toHaveBeenCalledWith({ ids: [3] });
  });

  it('shows no banner when the history has no open problems', async () => {
    setBridge(fakeRunBridge({ records: [record()] }));
    await useAccountsStore.getState().load();
    render(
      <App>
        <HistoryScreen />
      </App>,
    );
    await screen.findByTestId('history-table');
    expect(screen.queryByTestId('history-problems')).toBeNull();
  });
});

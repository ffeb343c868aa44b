import { localized, type Localized } from '../../../common/i18n';
import type { ConsoleResult } from '../../../common/ipc/channels/console';

/** Texts of the API console: request pane, editor, result panel. */
export const consoleText = {
  title: localized('API 调试', 'API console'),
  subtitle: localized(
    '直接调用卡券接口，查看微信的完整回答，和微信官方的在线调试工具一样；不同的是 access_token 由应用在后台附上。',
    'Call any card endpoint and see Weixin\'s full answer, like Weixin\'s own debugging tool — except that the app attaches the access_token in the background.',
  ),
  unavailable: localized(
    'API 调试服务未连接，无法读取接口列表。请在卡券工作室桌面应用或测试服务器（npm run web）中打开此页面。',
    'The API console is not connected, so its endpoints cannot be listed. Open this page in the Coupon Studio desktop app or the test harness (npm run web).',
  ),
  loading: localized('正在读取接口列表…', 'Loading the endpoints…'),
  loadFailed: localized('无法读取接口列表', 'The endpoints could not be loaded'),
  retry: localized('重试', 'Retry'),
  account: localized('公众号', 'Account'),
  accountBatch: localized('当前批次的公众号', 'the batch\'s account'),
  noAccounts: localized('还没有公众号：请先到“账号”添加', 'No accounts yet: add one under Accounts'),
  endpoint: localized('接口', 'Endpoint'),
  kind: {
    read: localized('只读', 'Read-only'),
    write: localized('会修改卡券', 'Changes cards'),
    create: localized('会创建卡券', 'Creates a card'),
  },
  kindHint: {
    read: localized('只读取数据，不会改变任何东西', 'Only reads; changes nothing'),
    write: localized('会真实修改这个公众号的卡券，请确认请求内容', 'Really changes this account\'s cards: check the body first'),
    create: localized(
      '和批量创建一样：先记入创建记录再发送；超时等结果未知时先核对，绝不重复创建',
      'Like a batch: journaled before it is sent; an unknown outcome is reconciled first, never created twice',
    ),
  },
  body: localized('请求内容（JSON）', 'Body (JSON)'),
  noBody: localized('GET 请求没有请求体，直接发送即可。', 'A GET request has no body: just send it.'),
  format: localized('格式化', 'Format'),
  reset: localized('恢复示例', 'Restore sample'),
  send: localized('发送', 'Send'),
  sending: localized('发送中…', 'Sending…'),
  shortcut: localized('Ctrl/⌘ + Enter 发送', 'Ctrl/⌘ + Enter sends'),
  tokenNote: localized(
    'access_token 由应用在主进程中附上，不会出现在界面、请求或返回内容里；获取 token 的接口不能在这里调用。',
    'The app attaches the access_token in the main process: it never appears in this window, the request or the answer, and token endpoints cannot be called here.',
  ),
  result: localized('返回结果', 'Result'),
  resultEmpty: localized('发送请求后，微信的回答会显示在这里：错误码的中文说明、解决办法和完整的 JSON。', 'Send a request to see Weixin\'s answer here: what the errcode means, how to fix it, and the full JSON.'),
  outcome: {
    ok: localized('微信返回成功', 'Weixin answered OK'),
    errcode: (code: number) => localized(`微信返回错误码 ${code}`, `Weixin answered errcode ${code}`),
    precheck: localized('发送前检查未通过，没有调用接口', 'Stopped by the pre-flight check; nothing was sent'),
    failed: localized('没有收到微信的回答', 'No answer from Weixin'),
    refused: localized('请求没有发送', 'The request was not sent'),
  },
  duration: (ms: number) => localized(`用时 ${ms} 毫秒`, `${ms} ms`),
  meaning: localized('说明', 'Meaning'),
  fix: localized('怎么解决', 'What to do'),
  position: (line: number, column: number) => localized(`第 ${line} 行，第 ${column} 列`, `Line ${line}, column ${column}`),
  jump: localized('跳到出错位置', 'Go to the error'),
  findings: (n: number) => localized(`发现 ${n} 处问题`, n === 1 ? '1 problem found' : `${n} problems found`),
  cardId: localized('新卡券的 card_id', 'The new card_id'),
  journaled: localized('已记入创建记录，和批量创建的卡券一样可以查看审核、开通买单或导出。', 'Journaled in the history like any batch card: follow its review, turn on Checkout or export it there.'),
  viewInHistory: localized('在创建记录中查看', 'View in History'),
  response: localized('微信返回的 JSON', 'Weixin\'s JSON'),
  responseNone: localized('没有返回内容', 'No answer body'),
} satisfies Record<string, unknown>;

/** The headline of a console result. */
export function outcomeTitle(result: ConsoleResult): Localized {
  if (result.outcome === 'answered') return result.errcode === 0 || result.errcode === null ? consoleText.outcome.ok : consoleText.outcome.errcode(result.errcode);
  return consoleText.outcome[result.outcome];
}

import { localized, type Localized } from '../common/i18n';

/**
 * Exit codes scripts can rely on (README "Command line"). When several apply, the highest wins
 * (an interrupted run outranks a quota stop, which outranks a failed draft); 2 and 5 end a
 * command before it does anything.
 */
export const EXIT = {
  /** Everything asked was done: every draft has its card, no coupon has an error. */
  ok: 0,
  /** Validation errors (validate), or some drafts failed or were invalid (create/resume). */
  failed: 1,
  /** Usage or input error: unknown option, unreadable file, JSON syntax error, unknown account, no secret. */
  usage: 2,
  /** Weixin refused the account (45009 daily quota, 40164 IP whitelist, 40125, 48001…): the rest is kept for `resume`. */
  weixin: 3,
  /** Creates whose outcome is still unknown remain, or a run is still interrupted: run `resume`. */
  unresolved: 4,
  /** The data directory cannot be used now: the desktop app (or another CLI) holds the history, or a file could not be written. */
  busy: 5,
  /** A bug: an exception escaped a command (its stack is on stderr; the journal is intact). */
  internal: 70,
  /** Ctrl-C: creates already sent were finished and recorded first; `resume` continues. */
  interrupted: 130,
} as const;

/** One of the documented exit codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The exit-code table every `--help` ends with. */
export const EXIT_CODE_HELP: Localized = localized(
  [
    '退出码：',
    '  0    成功（每张草稿都有 card_id；或没有券有错误）',
    '  1    有券未通过检查，或有草稿创建失败/无效',
    '  2    用法或输入错误（参数、文件不可读、JSON 语法、账号不存在、缺少 AppSecret）',
    '  3    被微信拒绝（45009 当日额度、40164 IP 白名单、40125、48001…），其余草稿保留，可用 resume 继续',
    '  4    仍有结果未知的创建或被中断的运行：请运行 resume',
    '  5    数据目录正被桌面应用或另一个命令行进程使用，或文件无法写入',
    '  130  按下 Ctrl-C：已发出的创建先完成并记录，之后可用 resume 继续',
  ].join('\n'),
  [
    'Exit codes:',
    '  0    success (every draft has a card_id; or no coupon has an error)',
    '  1    some coupons have errors, or some drafts failed / were invalid',
    '  2    usage or input error (options, unreadable file, JSON syntax, unknown account, no AppSecret)',
    '  3    refused by Weixin (45009 daily quota, 40164 IP whitelist, 40125, 48001…); the rest is kept for resume',
    '  4    creates with an unknown outcome or an interrupted run remain: run resume',
    '  5    the data directory is in use by the desktop app or another CLI process, or a file could not be written',
    '  130  Ctrl-C: creates already sent were finished and recorded first; resume continues',
  ].join('\n'),
);

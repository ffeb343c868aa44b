import { localized } from '../../common/i18n';
import { errorsOf, summarizeFindings, validateCoupon } from '../../common/validate';
import type { ImportedDrafts } from '../../main/drafts/import-json';
import { helpText, type Command } from '../command';
import { findingJson, printFindings } from '../findings-output';
import { duplicatesByCoupon } from '../duplicate-keys';
import { EXIT } from '../exit-codes';
import { parseInput, readInput } from '../input';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One coupon of the input, as validate checks it. */
interface Candidate {
  readonly body: Obj;
  /** Exported batches may still hold local-image references (uploaded at create time). */
  readonly mode: 'draft' | 'submit';
  readonly intent: { paycell: boolean; selfConsume: boolean };
}

function candidatesOf(found: ImportedDrafts): Candidate[] {
  if (found.form === 'batch') {
    return found.batch.drafts.map((d) => ({ body: d.card, mode: 'draft' as const, intent: { paycell: d.after.paycell, selfConsume: d.after.selfConsume } }));
  }
  return found.bodies.map((body) => ({ body, mode: 'submit' as const, intent: { paycell: false, selfConsume: false } }));
}

function describe(body: Obj): { title: string | null; cardType: string | null } {
  const card = isObj(body.card) ? body.card : undefined;
  const cardType = typeof card?.card_type === 'string' ? card.card_type : null;
  const node = cardType && card ? card[cardType.toLowerCase()] : undefined;
  const title = isObj(node) && isObj(node.base_info) && typeof node.base_info.title === 'string' ? node.base_info.title : null;
  return { title, cardType };
}

/** `validate FILE`: every coupon's findings, offline. */
export const validateCommand: Command = {
  name: 'validate',
  options: {},
  positionals: { min: 1, max: 1 },
  summary: localized('离线检查 JSON 文件中的每张券', 'check every coupon in a JSON file, offline'),
  help: helpText(
    'validate FILE [--json] [--lang zh-CN|en]',
    localized(
      '按微信的规则离线检查 FILE（- 表示标准输入）中的每张券：一个卡券创建请求体、它们组成的数组，或桌面应用导出的草稿批次。每条问题给出字段路径、限制和修改方法；JSON 语法错误给出行号和列号。退出码：0 没有错误（提示不算），1 有券有错误，2 文件不可读或不是 JSON。',
      "Checks every coupon in FILE (- for stdin) against Weixin's rules, offline: one card/create body, an array of them, or a draft batch exported by the desktop app. Each finding gives the field path, the limit and what to do; a JSON syntax error gives its line and column. Exit 0: no errors (warnings allowed); 1: some coupon has errors; 2: the file is unreadable or not JSON.",
    ),
    [],
  ),
  async run(ctx, args) {
    const { io } = ctx;
    const input = await readInput(ctx.host, args.positionals[0] as string);
    if (!input.ok) return io.fail('validate', input.error);
    const parsed = parseInput(input.value);
    if (!parsed.ok) return io.fail('validate', parsed.error);
    const nowMs = Date.now();
    const duplicates = duplicatesByCoupon(parsed.value);
    for (const d of duplicates.outside) io.note(`! ${d.path}: ${io.t(d.message)}`);
    const coupons = candidatesOf(parsed.value).map((candidate, index) => {
      const findings = [...(duplicates.byCoupon.get(index) ?? []), ...validateCoupon(candidate.body, { nowMs, mode: candidate.mode, intent: candidate.intent })];
      return { index, ...describe(candidate.body), findings };
    });
    const withErrors = coupons.filter((c) => errorsOf(c.findings).length > 0).length;
    const all = coupons.flatMap((c) => c.findings);
    const totals = summarizeFindings(all);
    const exitCode = withErrors > 0 ? EXIT.failed : EXIT.ok;
    for (const coupon of coupons) printFindings(io, coupon.index, coupon.title, coupon.cardType, coupon.findings);
    io.out(
      io.t(
        localized(
          `共 ${coupons.length} 张券，${withErrors} 张有错误；错误 ${totals.errors} 处，提示 ${totals.warnings} 条。`,
          `${coupons.length} coupon(s), ${withErrors} with errors; ${totals.errors} error(s), ${totals.warnings} warning(s).`,
        ),
      ),
    );
    io.document({
      ok: exitCode === EXIT.ok,
      command: 'validate',
      exitCode,
      file: input.value.source,
      form: parsed.value.form,
      summary: { coupons: coupons.length, withErrors, errors: totals.errors, warnings: totals.warnings, byErrcode: { ...totals.byErrcode } },
      coupons: coupons.map((c) => ({
        index: c.index,
        title: c.title,
        cardType: c.cardType,
        errors: errorsOf(c.findings).length,
        warnings: c.findings.length - errorsOf(c.findings).length,
        findings: c.findings.map(findingJson),
      })),
    });
    return exitCode;
  },
};

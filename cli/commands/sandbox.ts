import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { localized } from '../../common/i18n';
import { DEMO_ACCOUNT, SANDBOX_STATE_PATH, startSandbox, type SandboxHandle } from '../../main/sandbox';
import { curlSequence } from '../../main/sandbox/curl-demo';
import { createSandboxControl } from '../../main/sandbox-control/sandbox-control';
import { intOption, stringOption } from '../args';
import { helpText, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { demoMerchantJson } from '../../main/sandbox/wechatpay/merchant-json';
import { parseFaultRate, parseFaults, parseReview, parseScenarios } from '../sandbox-options';

/** `sandbox` (also `npm run sandbox`): the Weixin API simulator with the demo account, until Ctrl-C. */
export const sandboxCommand: Command = {
  name: 'sandbox',
  options: {
    port: { type: 'string' },
    'present-ip': { type: 'string' },
    scenario: { type: 'string' },
    'fault-rate': { type: 'string' },
    fault: { type: 'string' },
    'fault-seed': { type: 'string' },
    review: { type: 'string' },
    dump: { type: 'string' },
  },
  positionals: { min: 0, max: 0 },
  summary: localized('运行微信接口模拟器（沙箱），直到按 Ctrl-C', 'run the Weixin API simulator (sandbox) until Ctrl-C'),
  help: helpText(
    'sandbox [--port N] [--scenario NAME,…] [--fault-rate R] [--fault SPEC] [--review MODE] [--dump FILE] [--json]',
    localized(
      `在 127.0.0.1 上运行沙箱（带示例商户账号），打印地址、示例 appid/secret 和一段可直接粘贴的 curl 命令，直到按 Ctrl-C（退出码 0）。其他命令用 --sandbox-url 指向它。运行期间 GET ${SANDBOX_STATE_PATH} 返回沙箱状态（收到的卡券、token 调用、注入的故障；不含密钥）。加 --json 时 stdout 先输出一行 JSON（地址和示例账号）。`,
      `Runs the sandbox (with the demo merchant account) on 127.0.0.1 and prints its address, the demo appid/secret and a curl sequence to paste, until Ctrl-C (exit 0). Point other commands at it with --sandbox-url. While it runs, GET ${SANDBOX_STATE_PATH} answers its state (cards as received, token calls, injected faults; never a secret). With --json, stdout first gets one JSON line (the address and the demo account).`,
    ),
    [
      ['--port N', '端口（默认自动选择空闲端口）', 'the port (default: any free one)'],
      ['--present-ip IP', '让沙箱把所有调用者视为这个 IP（用于 IP 白名单演示）', 'make the sandbox see every caller as this IP (IP whitelist demos)'],
      ['--scenario NAME,…', '模拟情形：coupon-stop（2021 年起停止创建优惠券）、ip-not-whitelisted（IP 不在白名单）、no-pay（未开通微信支付）、no-member-category（不在会员卡类目，45160）、balance（已开通储值）', 'scenarios: coupon-stop (coupon creation stopped since 2021), ip-not-whitelisted (IP outside the whitelist), no-pay (no WeChat Pay), no-member-category (outside the member-card categories, 45160), balance (has the 储值 permission)'],
      ['--fault-rate R', '按比例 R（0–1）给 card/create 注入与应用沙箱面板相同的网络故障', 'inject the sandbox panel\'s mix of network faults into a share R (0–1) of card/create calls'],
      ['--fault SPEC', '精确注入故障：路径=概率:类型[,类型…]，多条用 ; 分隔，如 "card/create=0.2:reset,timeout-after-commit"', 'precise faults: PATH=PROBABILITY:KIND[,KIND…], several separated by ;, e.g. "card/create=0.2:reset,timeout-after-commit"'],
      ['--fault-seed N', '故障随机数种子（默认 1；相同种子重放相同故障）', 'seed of the fault RNG (default 1; the same seed replays the same faults)'],
      ['--review MODE', '审核方式：approve[:秒]（默认 approve:60）、reject[:秒] 或 manual', 'review: approve[:SECONDS] (default approve:60), reject[:SECONDS] or manual'],
      ['--dump FILE', '停止时把沙箱状态写入 FILE（JSON）', 'write the sandbox state to FILE (JSON) when it stops'],
    ],
    false,
  ),
  async run(ctx, args) {
    const { io, host } = ctx;
    const values = args.values;
    const port = intOption(values, 'port', { min: 0, max: 65535 });
    if (!port.ok) return io.fail('sandbox', port.error);
    const seed = intOption(values, 'fault-seed', { min: 0, max: 2 ** 31 - 1 });
    if (!seed.ok) return io.fail('sandbox', seed.error);
    const scenario = parseScenarios(stringOption(values, 'scenario'));
    if (!scenario.ok) return io.fail('sandbox', scenario.error);
    const faultRate = parseFaultRate(stringOption(values, 'fault-rate'));
    if (!faultRate.ok) return io.fail('sandbox', faultRate.error);
    const faults = parseFaults(stringOption(values, 'fault'));
    if (!faults.ok) return io.fail('sandbox', faults.error);
    const review = parseReview(stringOption(values, 'review'));
    if (!review.ok) return io.fail('sandbox', review.error);
    const presentIp = stringOption(values, 'present-ip');
    const dumpFile = stringOption(values, 'dump');

    let sandbox: SandboxHandle;
    try {
      sandbox = await startSandbox({
        port: port.value ?? 0,
        faults: faults.value,
        ...(seed.value !== undefined ? { faultSeed: seed.value } : {}),
        ...(review.value ? { defaultReview: review.value } : {}),
      });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return io.fail('sandbox', { exit: EXIT.usage, code: 'sandbox_failed', message: localized(`沙箱无法启动：${why}`, `The sandbox could not start: ${why}`) });
    }
    const applied = createSandboxControl(sandbox).setScenario({ ...scenario.value, ...(faultRate.value !== undefined ? { faultRate: faultRate.value } : {}) });
    if (!applied.ok) {
      await sandbox.stop();
      return io.fail('sandbox', { exit: EXIT.usage, code: 'sandbox_failed', message: applied.error });
    }
    // After the scenario: ip-not-whitelisted presents its own IP, an explicit --present-ip wins.
    if (presentIp) sandbox.setPresentedClientIp(presentIp);
    const status = applied.value.scenario;
    if (io.json) {
      const line = { ok: true, command: 'sandbox', baseUrl: sandbox.baseUrl, port: sandbox.port, stateUrl: `${sandbox.baseUrl}${SANDBOX_STATE_PATH}`, scenario: status, demoAccount: { appid: DEMO_ACCOUNT.appid, secret: DEMO_ACCOUNT.secret }, merchant: demoMerchantJson(sandbox.baseUrl) };
      host.streams.stdout.write(`${JSON.stringify(line)}\n`);
    }
    const switched = [
      status.couponCreation === 'blocked' ? 'coupon-stop' : '',
      status.ipNotWhitelisted ? 'ip-not-whitelisted' : '',
      status.payPermission ? '' : 'no-pay',
      status.faultRate > 0 ? `fault-rate ${status.faultRate}` : '',
      ...Object.keys(faults.value).map((path) => `fault ${path}`),
    ].filter(Boolean);
    const lines = [
      `卡券工作室 沙盒 / Coupon Studio sandbox: ${sandbox.baseUrl}`,
      `示例商户 / Demo merchant  appid: ${DEMO_ACCOUNT.appid}  secret: ${DEMO_ACCOUNT.secret}`,
      ...(switched.length > 0 ? [`已开启 / Switched on: ${switched.join(', ')}`] : []),
      `沙箱状态 / State: curl -s ${sandbox.baseUrl}${SANDBOX_STATE_PATH}`,
      `其他命令 / Other commands: coupon-studio create FILE --sandbox-url ${sandbox.baseUrl}`,
      '用以下命令获取 token 并创建一张券 / Paste this to get a token and create a coupon:',
      ...curlSequence(sandbox.baseUrl, sandbox.clock.now()),
      '按 Ctrl+C 停止 / Press Ctrl+C to stop.',
    ];
    for (const line of lines) io.out(line);
    await new Promise<void>((done) => {
      const remove = host.onInterrupt(() => {
        remove();
        done();
      });
    });
    const dump = sandbox.dump();
    await sandbox.stop();
    if (dumpFile) {
      const path = resolve(host.cwd, dumpFile);
      try {
        await writeFile(path, `${JSON.stringify(dump, null, 2)}\n`);
        io.note(`沙箱状态已写入 / Sandbox state written to ${path}`);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        return io.fail('sandbox', { exit: EXIT.internal, code: 'dump_failed', message: localized(`无法写入沙箱状态 ${path}：${why}`, `The sandbox state could not be written to ${path}: ${why}`) });
      }
    }
    io.note('沙盒已停止 / Sandbox stopped.');
    return EXIT.ok;
  },
};

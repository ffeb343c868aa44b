import { localized } from '../../common/i18n';
import { DEMO_ACCOUNT, startSandbox } from '../../main/sandbox';
import { curlSequence } from '../../main/sandbox/curl-demo';
import { intOption, stringOption } from '../args';
import { helpText, type Command } from '../command';
import { EXIT } from '../exit-codes';

/** `sandbox`: the Weixin API simulator with the demo account, until Ctrl-C (like `npm run sandbox`). */
export const sandboxCommand: Command = {
  name: 'sandbox',
  options: { port: { type: 'string' }, 'present-ip': { type: 'string' } },
  positionals: { min: 0, max: 0 },
  summary: localized('运行微信接口模拟器（沙箱），直到按 Ctrl-C', 'run the Weixin API simulator (sandbox) until Ctrl-C'),
  help: helpText(
    'sandbox [--port N] [--present-ip A.B.C.D] [--json]',
    localized(
      '在 127.0.0.1 上运行沙箱（带示例商户账号），打印地址、示例 appid/secret 和一段可直接粘贴的 curl 命令，直到按 Ctrl-C（退出码 0）。其他命令用 --sandbox-url 指向它。加 --json 时 stdout 先输出一行 JSON（地址和示例账号）。',
      'Runs the sandbox (with the demo merchant account) on 127.0.0.1 and prints its address, the demo appid/secret and a curl sequence to paste, until Ctrl-C (exit 0). Point other commands at it with --sandbox-url. With --json, stdout first gets one JSON line (the address and the demo account).',
    ),
    [
      ['--port N', '端口（默认自动选择空闲端口）', 'the port (default: any free one)'],
      ['--present-ip IP', '让沙箱把所有调用者视为这个 IP（用于 IP 白名单演示）', 'make the sandbox see every caller as this IP (IP whitelist demos)'],
    ],
    false,
  ),
  async run(ctx, args) {
    const { io, host } = ctx;
    const port = intOption(args.values, 'port', { min: 0, max: 65535 });
    if (!port.ok) return io.fail('sandbox', port.error);
    const presentIp = stringOption(args.values, 'present-ip');
    let sandbox;
    try {
      sandbox = await startSandbox({ port: port.value ?? 0, ...(presentIp ? { presentedClientIp: presentIp } : {}) });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return io.fail('sandbox', { exit: EXIT.usage, code: 'sandbox_failed', message: localized(`沙箱无法启动：${why}`, `The sandbox could not start: ${why}`) });
    }
    if (io.json) host.streams.stdout.write(`${JSON.stringify({ ok: true, command: 'sandbox', baseUrl: sandbox.baseUrl, port: sandbox.port, demoAccount: { appid: DEMO_ACCOUNT.appid, secret: DEMO_ACCOUNT.secret } })}\n`);
    const lines = [
      `卡券工作室 沙盒 / Coupon Studio sandbox: ${sandbox.baseUrl}`,
      `示例商户 / Demo merchant  appid: ${DEMO_ACCOUNT.appid}  secret: ${DEMO_ACCOUNT.secret}`,
      `其他命令 / Other commands: coupon-studio create FILE --sandbox-url ${sandbox.baseUrl}`,
      '用以下命令获取 token 并创建一张券 / Paste this to get a token and create a coupon:',
      ...curlSequence(sandbox.baseUrl, sandbox.clock.now()),
      '按 Ctrl+C 停止 / Press Ctrl+C to stop.',
    ];
    for (const line of lines) io.out(line);
    await new Promise<void>((resolve) => {
      const remove = host.onInterrupt(() => {
        remove();
        resolve();
      });
    });
    await sandbox.stop();
    io.note('沙盒已停止 / Sandbox stopped.');
    return EXIT.ok;
  },
};

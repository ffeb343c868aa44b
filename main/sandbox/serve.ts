// `npx tsx main/sandbox/serve.ts [--port N] [--present-ip A.B.C.D]`: runs the simulator with the
// demo account until SIGINT/SIGTERM, and prints a curl sequence that creates a coupon in it.
import { DEMO_ACCOUNT } from './accounts';
import { curlSequence } from './curl-demo';
import { startSandbox } from './server';

function argValue(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index >= 0) return args[index + 1];
  const inline = args.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

/** Parses the command line; a bad port is reported, not guessed. */
function parseArgs(args: readonly string[]): { port: number; presentIp: string | undefined } | { error: string } {
  const portText = argValue(args, '--port');
  const port = portText === undefined ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return { error: `--port 需要 0–65535 的整数 / --port needs an integer 0–65535, got "${portText}"` };
  }
  return { port, presentIp: argValue(args, '--present-ip') };
}

async function main(): Promise<void> {
  const parsed = parseArgs(process.argv.slice(2));
  if ('error' in parsed) {
    console.error(parsed.error);
    process.exitCode = 2;
    return;
  }
  const sandbox = await startSandbox({ port: parsed.port, ...(parsed.presentIp ? { presentedClientIp: parsed.presentIp } : {}) });
  const lines = [
    `卡券工作室 沙盒 / Coupon Studio sandbox: ${sandbox.baseUrl}`,
    `示例商户 / Demo merchant  appid: ${DEMO_ACCOUNT.appid}  secret: ${DEMO_ACCOUNT.secret}`,
    '用以下命令获取 token 并创建一张券 / Paste this to get a token and create a coupon:',
    ...curlSequence(sandbox.baseUrl, sandbox.clock.now()),
    '按 Ctrl+C 停止 / Press Ctrl+C to stop.',
  ];
  console.log(lines.join('\n'));
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    void sandbox.stop().then(() => {
      console.log(`沙盒已停止 / Sandbox stopped (${signal}).`);
    });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`沙盒无法启动 / The sandbox could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

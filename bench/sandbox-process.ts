// The sandbox as a separate process, started the way a user starts it (`coupon-studio sandbox
// --json`): a benchmark's client then pays only its own CPU, as it would against WeChat Pay, and
// the simulator's signing and bookkeeping no longer share the client's thread.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../cli/index.ts', import.meta.url));

/** The demo merchant as `sandbox --json` prints it (issue 9). */
export interface SandboxMerchantJson {
  readonly mchid: string;
  readonly serial_no: string;
  readonly private_key_pem: string;
  readonly wechatpay_public_key_id: string;
  readonly wechatpay_public_key_pem: string;
  readonly apiv3_key: string;
}

/** A running sandbox process. */
export interface SandboxProcess {
  readonly baseUrl: string;
  readonly stateUrl: string;
  readonly merchant: SandboxMerchantJson;
  /** The process's CPU time so far in ms (Linux /proc; undefined elsewhere). */
  cpuMs(): number | undefined;
  /** Ctrl-C, as a user stops it; resolves when the process has exited. */
  stop(): Promise<void>;
}

/** Starts `cli/index.ts sandbox --json …args` under tsx and waits for its JSON line. */
export async function startSandboxProcess(args: readonly string[]): Promise<SandboxProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'sandbox', '--json', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Its human lines go to stderr with --json: kept from the bench's output, drained so it never blocks.
  child.stderr?.resume();
  const line = await firstLine(child);
  child.stdout?.resume();
  const parsed = JSON.parse(line) as { baseUrl: string; stateUrl: string; merchant: SandboxMerchantJson };
  return {
    baseUrl: parsed.baseUrl,
    stateUrl: parsed.stateUrl,
    merchant: parsed.merchant,
    cpuMs: () => (child.pid === undefined ? undefined : processCpuMs(child.pid)),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      await exited;
    },
  };
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once('line', (line) => {
      lines.close();
      resolve(line);
    });
    child.once('exit', (code) => reject(new Error(`the sandbox process exited (${code ?? 'signal'}) before printing its address`)));
  });
}

/** utime + stime of a process from /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s on Linux). */
function processCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

// `coupon-studio`: the same services as the desktop app, without Electron (architecture.md "cli/").
// Run it with `npm run --silent cli -- <command>`, `npx tsx cli/index.ts <command>`, or the bundle
// `node dist/cli/coupon-studio.mjs <command>` after `npm run build:cli`.
import { homedir } from 'node:os';
import type { CliHost } from './context';
import { EXIT } from './exit-codes';
import { runCli } from './main';

const interruptHandlers = new Set<() => void>();
const onSignal = (): void => {
  // Nothing to pause (validate, a prompt, start-up): stop at once, as a plain Ctrl-C would.
  if (interruptHandlers.size === 0) process.exit(130);
  for (const handler of [...interruptHandlers]) handler();
};
// Ctrl-C and a polite kill both pause cleanly (SIGKILL cannot be caught: the journal covers it).
// conf's atomically → when-exit listens first and re-raises the signal to kill the process, which
// would arrive here as a second Ctrl-C: its signal listeners go. Its temp-file cleanup still runs,
// on 'exit', because the CLI always ends through process.exit.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
  process.on(signal, onSignal);
}

// `coupon-studio history list | head`: a reader that stops early is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

const host: CliHost = {
  env: process.env,
  cwd: process.cwd(),
  platform: process.platform,
  homedir: homedir(),
  streams: { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin },
  onInterrupt(handler) {
    interruptHandlers.add(handler);
    return () => interruptHandlers.delete(handler);
  },
  exitNow(code) {
    process.exit(code);
  },
};

const code = await runCli(process.argv.slice(2), host).catch((error: unknown) => {
  process.stderr.write(`coupon-studio: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT.internal;
});
// Open sockets (keep-alive agents) must not hold the process: exit once the output is flushed.
process.stdout.write('', () => process.exit(code));

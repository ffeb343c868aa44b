import { join } from 'node:path';

/** Where ipc-tap.setup.ts writes and ipc-tap.global.ts reads every IPC message of a test run. */
export const IPC_TAP_DIR = join(process.cwd(), '.tmp', 'ipc-tap');

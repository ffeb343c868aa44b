import { describe, expect, it } from 'vitest';
import type { LogMessage } from 'electron-log';
import { resolveUserDataDir, USER_DATA_ENV } from '../../main/electron/user-data';
import { createElectronLogger, redactLogMessage, type ElectronLogLike } from '../../main/electron/log';

describe('user-data directory override', () => {
  it.each([
    [{}, [], { kind: 'default' }],
    [{ [USER_DATA_ENV]: '/tmp/cs-a' }, [], { kind: 'custom', path: '/tmp/cs-a' }],
    [{ [USER_DATA_ENV]: '  ' }, [], { kind: 'default' }],
    [{}, ['electron', '.', '--user-data-dir=/tmp/cs-b'], { kind: 'custom', path: '/tmp/cs-b' }],
    [{}, ['electron', '.', '--user-data-dir', '/tmp/cs-c'], { kind: 'custom', path: '/tmp/cs-c' }],
    [{ [USER_DATA_ENV]: '/tmp/cs-env' }, ['--user-data-dir=/tmp/cs-switch'], { kind: 'custom', path: '/tmp/cs-switch' }],
    [{ [USER_DATA_ENV]: 'relative/dir' }, [], { kind: 'custom', path: '/work/relative/dir' }],
    [{}, ['--user-data-dir'], { kind: 'default' }],
  ] as const)('env %j argv %j → %j', (env, argv, expected) => {
    expect(resolveUserDataDir(env, argv, '/work')).toEqual(expected);
  });
});

describe('electron-log sink', () => {
  function fakeLog() {
    const written: unknown[][] = [];
    let catching: unknown;
    const log = {
      hooks: [] as ((m: LogMessage) => LogMessage | false)[],
      transports: { file: { level: 'silly' }, console: { level: 'silly' } },
      errorHandler: { startCatching: (options: unknown) => (catching = options) },
      debug: (...data: unknown[]) => written.push(data),
      info: (...data: unknown[]) => written.push(data),
      warn: (...data: unknown[]) => written.push(data),
      error: (...data: unknown[]) => written.push(data),
    };
    return { log, written, catching: () => catching };
  }

  it('installs the redaction hook first and redacts every argument', () => {
    const fake = fakeLog();
    const logger = createElectronLogger(fake.log as unknown as ElectronLogLike, { isProduction: true });
    expect(fake.log.hooks[0]).toBe(redactLogMessage);
    logger.error('token failed: secret=CANARY1', { access_token: 'CANARY2' });
    expect(JSON.stringify(fake.written)).not.toMatch(/CANARY/);
    expect(fake.log.transports.file.level).toBe('info');
    expect(fake.catching()).toEqual({ showDialog: false });
  });

  it('the hook redacts what other code logs straight through electron-log', () => {
    const message = { data: ['GET /cgi-bin/token?secret=CANARY3', { secret: 'CANARY4' }], date: new Date(), level: 'info' } as LogMessage;
    expect(JSON.stringify(redactLogMessage(message).data)).not.toMatch(/CANARY/);
  });
});

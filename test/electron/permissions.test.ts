import { describe, expect, it } from 'vitest';
import { ALL_PERMISSION_NAMES, denyAllPermissions, type PermissionSession } from '../../main/electron/permissions';
import { createMemoryLogger } from '../../main/log/logger';

function fakeSession() {
  const handlers: Record<string, (...args: never[]) => unknown> = {};
  const session = {
    setPermissionRequestHandler: (h: (...args: never[]) => unknown) => (handlers.request = h),
    setPermissionCheckHandler: (h: (...args: never[]) => unknown) => (handlers.check = h),
    setDevicePermissionHandler: (h: (...args: never[]) => unknown) => (handlers.device = h),
  };
  denyAllPermissions(session as unknown as PermissionSession, createMemoryLogger());
  return handlers as Record<'request' | 'check' | 'device', (...args: unknown[]) => unknown>;
}

describe('permission handlers (checklist #5)', () => {
  it('knows every permission name in the Electron 45 typings', () => {
    expect(ALL_PERMISSION_NAMES.length).toBeGreaterThanOrEqual(45);
    expect(ALL_PERMISSION_NAMES).toEqual(expect.arrayContaining(['media', 'notifications', 'openExternal', 'clipboard-read', 'geolocation', 'unknown']));
  });

  it.each(ALL_PERMISSION_NAMES)('denies the request for %s', (permission) => {
    const { request } = fakeSession();
    const answers: boolean[] = [];
    request?.({}, permission, (granted: boolean) => answers.push(granted), { requestingUrl: 'app://bundle/index.html' });
    expect(answers).toEqual([false]);
  });

  it.each(ALL_PERMISSION_NAMES)('answers false to the check for %s', (permission) => {
    expect(fakeSession().check?.({}, permission, 'app://bundle', {})).toBe(false);
  });

  it('denies device access (HID, serial, USB)', () => {
    expect(fakeSession().device?.({ deviceType: 'usb', origin: 'app://bundle' })).toBe(false);
  });
});

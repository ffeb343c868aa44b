import type { Session } from 'electron';
import type { Logger } from '../log/logger';

type RequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
/** Every permission name Electron 45 can ask about. */
export type PermissionName = Parameters<RequestHandler>[1];

// A Record over the typings' union: tsc fails if Electron adds a name this list does not have.
const PERMISSIONS: Readonly<Record<PermissionName, true>> = {
  ar: true, 'automatic-fullscreen': true, 'background-fetch': true, 'background-sync': true,
  'captured-surface-control': true, 'clipboard-read': true, 'clipboard-sanitized-write': true,
  'deprecated-sync-clipboard-read': true, 'display-capture': true, fileSystem: true, fullscreen: true,
  geolocation: true, 'geolocation-approximate': true, 'hand-tracking': true, hid: true, 'idle-detection': true,
  keyboardLock: true, 'local-fonts': true, 'local-network': true, 'local-network-access': true,
  'loopback-network': true, media: true, mediaKeySystem: true, midi: true, midiSysex: true, nfc: true,
  notifications: true, openExternal: true, 'payment-handler': true, 'periodic-background-sync': true,
  'persistent-storage': true, pointerLock: true, 'screen-wake-lock': true, sensors: true, serial: true,
  'smart-card': true, 'speaker-selection': true, 'storage-access': true, 'system-wake-lock': true,
  'top-level-storage-access': true, usb: true, vr: true, 'web-app-installation': true, 'web-printing': true,
  'window-management': true, unknown: true,
};

/** All permission names, for tests that ask the handlers about each one. */
export const ALL_PERMISSION_NAMES = Object.keys(PERMISSIONS) as PermissionName[];

/** The part of Session the permission lock touches. */
export type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/** The app needs no browser permission at all: deny every request and check (checklist #5). */
export function denyAllPermissions(session: PermissionSession, log: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('security: denied a permission request', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

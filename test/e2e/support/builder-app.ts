// The builder in real Chromium through the web harness, at 1280×800 in Los Angeles time by
// default, so the China-time date handling runs with the machine's zone far from UTC+8.
import { startShellApp, type ShellApp, type ShellAppOptions } from './shell-app';

/** A running builder (the shell app, opened on the builder). */
export type BuilderApp = ShellApp;

/** Starts the harness stack and Chromium with the builder's default window and time zone. */
export function startBuilderApp(options: ShellAppOptions = {}): Promise<BuilderApp> {
  return startShellApp({ viewport: { width: 1280, height: 800 }, timezoneId: 'America/Los_Angeles', ...options });
}

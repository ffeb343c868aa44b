import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The layer rules of architecture.md live in eslint.config.js; this proves each one bites.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('import boundaries', () => {
  it.each([
    ['common/x.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;"],
    ['common/x.ts', "import fs from 'fs';\nexport const f = fs;"],
    ['common/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['common/x.ts', "import { x } from '../main/y';\nexport const a = x;"],
    ['renderer/src/x.ts', "import { x } from '../../main/y';\nexport const a = x;"],
    ['renderer/src/x.ts', "import { shell } from 'electron';\nexport const a = shell;"],
    ['renderer/src/x.ts', "import path from 'node:path';\nexport const a = path;"],
    ['main/batch/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['main/electron/window.ts', "import { ipcMain } from 'electron';\nexport const a = ipcMain;"],
    ['main/electron/window.ts', "import { shell } from 'electron';\nexport const a = () => shell.openExternal('x');"],
  ])('%s refuses: %s', async (file, code) => {
    const ids = await ruleIds(file, code);
    expect(ids.some((id) => id === 'no-restricted-imports' || id === 'no-restricted-properties')).toBe(true);
  });

  it.each([
    ['common/x.ts', "export const w = window;"],
    ['common/x.ts', "export const p = process.env;"],
  ])('%s refuses host globals: %s', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-globals');
  });

  it.each([
    ['main/electron/ipc-main.ts', "import { ipcMain } from 'electron';\nexport const a = ipcMain;"],
    ['preload/index.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;"],
    ['main/index.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['common/x.ts', "import { utf8ByteLength } from './text/utf8';\nexport const a = utf8ByteLength;"],
  ])('%s may: %s', async (file, code) => {
    expect(await ruleIds(file, code)).toEqual([]);
  });
});

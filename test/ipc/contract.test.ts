import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiSurface } from '../../common/ipc/api';
import { channels, events } from '../../common/ipc/contract';
import { defineChannels, defineEvents } from '../../common/ipc/define';
import { CHANNEL_NAMES, EVENT_NAMES } from '../../common/ipc/names';

const committedSurface = JSON.parse(readFileSync(new URL('./preload-surface.json', import.meta.url), 'utf8')) as string[];
const spec = { request: z.void(), response: z.null() };

describe('IPC contract', () => {
  it('the zod-free name lists the preload uses equal the contract', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual(Object.keys(channels).sort());
    expect([...EVENT_NAMES].sort()).toEqual(Object.keys(events).sort());
  });

  it('every channel and event is named domain:verb in lower camelCase', () => {
    for (const name of [...Object.keys(channels), ...Object.keys(events)]) {
      expect(name).toMatch(/^[a-z][A-Za-z0-9]*:[a-z][A-Za-z0-9]*$/);
    }
  });

  it('the bridge surface derived from the contract equals the committed preload-surface.json', () => {
    expect(apiSurface(CHANNEL_NAMES)).toEqual(committedSurface);
  });

  it.each([
    ['app', 'app:Info'],
    ['app', 'app:info:extra'],
    ['app', 'settings:get'],
    ['app', 'app:'],
    ['on', 'on:thing'],
    ['App', 'App:info'],
  ])('defineChannels(%s) refuses the name %s', (domain, name) => {
    expect(() => defineChannels(domain, { [name]: spec } as never)).toThrow(TypeError);
  });

  it('defineEvents checks names the same way', () => {
    expect(() => defineEvents('settings', { 'app:changed': z.null() } as never)).toThrow(TypeError);
    expect(Object.keys(defineEvents('settings', { 'settings:changed': z.null() }))).toEqual(['settings:changed']);
  });

  it('request schemas refuse unknown keys, so a typo is an error rather than silently dropped', () => {
    expect(channels['app:openExternal'].request.safeParse({ url: 'https://mp.weixin.qq.com/', ur1: 'x' }).success).toBe(false);
    expect(channels['settings:set'].request.safeParse({ locale: 'en', lcoale: 'zh-CN' }).success).toBe(false);
  });
});

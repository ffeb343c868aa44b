import { afterEach, describe, expect, it } from 'vitest';
import type { SandboxHandle } from '../../main/sandbox';
import { classicToken, RID, start } from './support';

let sandbox: SandboxHandle;
afterEach(() => sandbox.stop());

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('\r\n--not-a-boundary\r\n\0binary'), Buffer.from([0xff, 0xd9])]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from([0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])]);
const URL_PATTERN = /^http:\/\/mmbiz\.qpic\.cn\/mmbiz_(jpg|png)\/[A-Za-z0-9_-]{60,90}\/0$/;

async function upload(token: string, partName: string, data: Buffer, filename = 'a.jpg'): Promise<Record<string, unknown>> {
  const form = new FormData();
  form.append('note', 'ignored');
  form.append(partName, new Blob([new Uint8Array(data)]), filename);
  const response = await fetch(`${sandbox.baseUrl}/cgi-bin/media/uploadimg?access_token=${token}`, { method: 'POST', body: form });
  return (await response.json()) as Record<string, unknown>;
}

describe('POST /cgi-bin/media/uploadimg', () => {
  it('accepts a JPEG in a `buffer` part, answers the bare {url} and serves the same bytes back', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    const answer = await upload(token, 'buffer', JPEG);
    expect(Object.keys(answer)).toEqual(['url']);
    const url = String(answer.url);
    expect(url).toMatch(URL_PATTERN);
    expect(url).toContain('/mmbiz_jpg/');
    const local = sandbox.localImageUrl(url);
    expect(local).toBe(`${sandbox.baseUrl}${new URL(url).pathname}`);
    const served = await fetch(String(local));
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await served.arrayBuffer()).equals(JPEG)).toBe(true);
  });

  it('accepts a PNG in a `media` part as mmbiz_png', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    const url = String((await upload(token, 'media', PNG, 'b.png')).url);
    expect(url).toMatch(/^http:\/\/mmbiz\.qpic\.cn\/mmbiz_png\//);
    const served = await fetch(String(sandbox.localImageUrl(url)));
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
    expect(sandbox.dump().images).toHaveLength(1);
  });

  it('accepts exactly 1,048,576 bytes and refuses one byte more with 40009', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    const limit = Buffer.alloc(1_048_576, 7);
    JPEG.copy(limit);
    expect(String((await upload(token, 'buffer', limit)).url)).toMatch(URL_PATTERN);
    const over = await upload(token, 'buffer', Buffer.concat([limit, Buffer.from([7])]));
    expect(over.errcode).toBe(40009);
    expect(String(over.errmsg)).toMatch(/^invalid image size rid: /);
  });

  it('refuses a file that is not JPG/PNG by its magic bytes (40009 by default, 40137 when configured)', async () => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
    sandbox = await start();
    const token = await classicToken(sandbox);
    expect((await upload(token, 'buffer', gif, 'fake.jpg')).errcode).toBe(40009);
    await sandbox.stop();
    sandbox = await start({ uploadBadFormatErrcode: 40137 });
    const other = await upload(await classicToken(sandbox), 'media', gif, 'fake.png');
    expect(other.errcode).toBe(40137);
    expect(String(other.errmsg)).toMatch(/^invalid image format/);
  });

  it('answers 41005 media data missing without a buffer/media part or without multipart at all', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    const wrongName = await upload(token, 'file', JPEG);
    expect(wrongName.errcode).toBe(41005);
    expect(String(wrongName.errmsg)).toMatch(RID);
    const json = await fetch(`${sandbox.baseUrl}/cgi-bin/media/uploadimg?access_token=${token}`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(((await json.json()) as { errcode: number }).errcode).toBe(41005);
    expect(sandbox.dump().images).toHaveLength(0);
  });

  it('answers 404 for an image that was never uploaded', async () => {
    sandbox = await start();
    expect((await fetch(`${sandbox.baseUrl}/mmbiz_jpg/${'A'.repeat(64)}/0`)).status).toBe(404);
    expect(sandbox.localImageUrl(`http://mmbiz.qpic.cn/mmbiz_jpg/${'A'.repeat(64)}/0`)).toBeUndefined();
  });
});

import type { ServerResponse } from 'node:http';
import { errmsgText, type WxError } from './errors';
import { randomHex } from './random';

/** The Content-Type Weixin sends, spelling included (§0 [OBS]: `application/json; encoding=utf-8`). */
export const JSON_CONTENT_TYPE = 'application/json; encoding=utf-8';

/**
 * A request id in the current format `xxxxxxxx-xxxxxxxx-xxxxxxxx` (§0). Real rids start with the
 * hex Unix time, so the first group is the virtual second.
 */
export function rid(nowMs: number): string {
  const seconds = (Math.floor(nowMs / 1000) >>> 0).toString(16).padStart(8, '0');
  return `${seconds}-${randomHex(8)}-${randomHex(8)}`;
}

/** `{errcode, errmsg}` with the rid suffix, exactly as Weixin answers an error (HTTP 200, §0). */
export function errorEnvelope(error: WxError, nowMs: number): { errcode: number; errmsg: string } {
  return { errcode: error.errcode, errmsg: `${errmsgText(error)} rid: ${rid(nowMs)}` };
}

/** `{"errcode":0,"errmsg":"ok", …extra}`: the usual success shape (§0). */
export function okEnvelope(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { errcode: 0, errmsg: 'ok', ...extra };
}

/** Writes a JSON body with Weixin's headers. */
export function writeJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': JSON_CONTENT_TYPE,
    'Content-Length': Buffer.byteLength(text, 'utf8'),
  });
  res.end(text);
}

/** Writes raw bytes (the uploaded-image CDN stand-in). */
export function writeBytes(res: ServerResponse, status: number, contentType: string, data: Buffer): void {
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': data.length });
  res.end(data);
}

/** A gateway's 502 page, as an nginx front end answers when the backend drops (§7.1 fault kinds). */
export function write502(res: ServerResponse): void {
  const html =
    '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
    '<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
  res.writeHead(502, { 'Content-Type': 'text/html', 'Content-Length': Buffer.byteLength(html) });
  res.end(html);
}

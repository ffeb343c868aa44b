/** One part of a multipart/form-data body. */
export interface MultipartPart {
  /** The `name` parameter of Content-Disposition. */
  readonly name: string;
  readonly filename: string | undefined;
  readonly contentType: string | undefined;
  /** The part's bytes, untouched (binary-safe). */
  readonly data: Buffer;
}

/** Why a body could not be read as multipart. */
export type MultipartProblem = 'not-multipart' | 'no-boundary' | 'malformed';

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

/** The boundary from a Content-Type header, quoted or not (RFC 2046 §5.1.1; RFC 7578). */
export function boundaryOf(contentType: string | undefined): { ok: true; boundary: string } | { ok: false; problem: MultipartProblem } {
  if (!contentType) return { ok: false, problem: 'not-multipart' };
  const [mediaType, ...params] = splitParams(contentType);
  if (mediaType?.toLowerCase() !== 'multipart/form-data') return { ok: false, problem: 'not-multipart' };
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq < 0) continue;
    if (param.slice(0, eq).trim().toLowerCase() !== 'boundary') continue;
    const boundary = unquote(param.slice(eq + 1).trim());
    // RFC 2046: 1 to 70 characters.
    if (boundary.length >= 1 && boundary.length <= 70) return { ok: true, boundary };
  }
  return { ok: false, problem: 'no-boundary' };
}

/**
 * Parses a multipart/form-data body. Parts are found by searching for `CRLF--boundary` in the raw
 * bytes, so file contents that contain CR, LF or `--` survive intact. A preamble and an epilogue
 * are ignored; a missing closing delimiter is malformed.
 */
export function parseMultipart(body: Buffer, boundary: string): { ok: true; parts: MultipartPart[] } | { ok: false; problem: MultipartProblem } {
  const dashBoundary = Buffer.from(`--${boundary}`);
  const delimiter = Buffer.concat([CRLF, dashBoundary]);
  // The first delimiter may open the body (no CRLF before it) or follow a preamble.
  let pos: number;
  if (body.subarray(0, dashBoundary.length).equals(dashBoundary)) pos = dashBoundary.length;
  else {
    const found = body.indexOf(delimiter);
    if (found < 0) return { ok: false, problem: 'malformed' };
    pos = found + delimiter.length;
  }
  const parts: MultipartPart[] = [];
  for (;;) {
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) return { ok: true, parts }; // closing `--`
    pos = skipTransportPadding(body, pos);
    if (!(body[pos] === 0x0d && body[pos + 1] === 0x0a)) return { ok: false, problem: 'malformed' };
    pos += 2;
    const headerEnd = body.indexOf(HEADER_END, pos);
    const emptyHeaders = body[pos] === 0x0d && body[pos + 1] === 0x0a;
    const headersText = emptyHeaders ? '' : headerEnd < 0 ? undefined : body.subarray(pos, headerEnd).toString('utf8');
    if (headersText === undefined) return { ok: false, problem: 'malformed' };
    const dataStart = emptyHeaders ? pos + 2 : headerEnd + HEADER_END.length;
    const next = body.indexOf(delimiter, dataStart);
    if (next < 0) return { ok: false, problem: 'malformed' };
    const part = toPart(headersText, body.subarray(dataStart, next));
    if (part) parts.push(part);
    pos = next + delimiter.length;
  }
}

function toPart(headersText: string, data: Buffer): MultipartPart | undefined {
  let disposition: string | undefined;
  let contentType: string | undefined;
  for (const line of headersText.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'content-disposition') disposition = value;
    else if (name === 'content-type') contentType = value;
  }
  if (!disposition) return undefined;
  const [kind, ...params] = splitParams(disposition);
  if (kind?.toLowerCase() !== 'form-data') return undefined;
  let name: string | undefined;
  let filename: string | undefined;
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq < 0) continue;
    const key = param.slice(0, eq).trim().toLowerCase();
    const value = unquote(param.slice(eq + 1).trim());
    if (key === 'name') name = value;
    else if (key === 'filename') filename = value;
    else if (key === 'filename*' && filename === undefined) filename = decodeExtValue(value);
  }
  return name === undefined ? undefined : { name, filename, contentType, data: Buffer.from(data) };
}

/** Splits `a; b="x;y"; c` on semicolons outside quotes. */
function splitParams(header: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const ch = header[i];
    if (ch === '\\' && quoted && i + 1 < header.length) {
      current += ch + header[i + 1];
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
      current += ch;
    } else if (ch === ';' && !quoted) {
      out.push(current.trim());
      current = '';
    } else current += ch;
  }
  out.push(current.trim());
  return out;
}

function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    return value.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  return value;
}

/** RFC 5987 `utf-8''name%20here`. */
function decodeExtValue(value: string): string {
  const match = /^[^']*'[^']*'(.*)$/.exec(value);
  try {
    return decodeURIComponent(match?.[1] ?? value);
  } catch {
    return value;
  }
}

/** RFC 2046 allows linear whitespace after a delimiter before its CRLF. */
function skipTransportPadding(body: Buffer, pos: number): number {
  let p = pos;
  while (body[p] === 0x20 || body[p] === 0x09) p++;
  return p;
}

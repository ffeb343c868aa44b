import { describe, expect, it } from 'vitest';
import { boundaryOf, parseMultipart } from '../../main/sandbox/multipart';

const B = 'XyZ--boundary';

function body(...chunks: (string | Buffer)[]): Buffer {
  return Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'latin1') : c)));
}

describe('multipart/form-data parser', () => {
  it('reads the boundary, quoted or not, and refuses other content types', () => {
    expect(boundaryOf(`multipart/form-data; boundary=${B}`)).toEqual({ ok: true, boundary: B });
    expect(boundaryOf('Multipart/Form-Data; charset=utf-8; boundary="a b;c"')).toEqual({ ok: true, boundary: 'a b;c' });
    expect(boundaryOf('application/json')).toEqual({ ok: false, problem: 'not-multipart' });
    expect(boundaryOf('multipart/form-data')).toEqual({ ok: false, problem: 'no-boundary' });
  });

  it('keeps binary bytes intact, even CR, LF and boundary look-alikes inside a file', () => {
    // `--boundary` not right after CRLF is content, not a delimiter (RFC 2046).
    const file = Buffer.from([0xff, 0xd8, 0xff, 0x0d, 0x0a, 0x41, 0x2d, 0x2d, ...Buffer.from(B), 0x00, 0x0d, 0x0a, 0x0d, 0x0a, 0x80, 0xfe]);
    const raw = body(
      'preamble to ignore\r\n',
      `--${B}\r\n`,
      'Content-Disposition: form-data; name="note"\r\n\r\n',
      'hello\r\n',
      `--${B}\r\n`,
      'Content-Disposition: form-data; name="buffer"; filename="a;b.jpg"\r\nContent-Type: image/jpeg\r\n\r\n',
      file,
      `\r\n--${B}--\r\nepilogue`,
    );
    const parsed = parseMultipart(raw, B);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.parts.map((p) => p.name)).toEqual(['note', 'buffer']);
    expect(parsed.parts[0]?.data.toString()).toBe('hello');
    expect(parsed.parts[1]?.filename).toBe('a;b.jpg');
    expect(parsed.parts[1]?.contentType).toBe('image/jpeg');
    expect(parsed.parts[1]?.data.equals(file)).toBe(true);
  });

  it('refuses a body without its closing delimiter or without any delimiter', () => {
    expect(parseMultipart(body(`--${B}\r\nContent-Disposition: form-data; name="media"\r\n\r\nabc`), B).ok).toBe(false);
    expect(parseMultipart(body('just text'), B).ok).toBe(false);
  });

  it('reads an empty form and a part with an RFC 5987 filename', () => {
    expect(parseMultipart(body(`--${B}--\r\n`), B)).toEqual({ ok: true, parts: [] });
    const parsed = parseMultipart(body(`--${B}\r\nContent-Disposition: form-data; name="media"; filename*=utf-8''%E5%9B%BE.png\r\n\r\nx\r\n--${B}--`), B);
    expect(parsed.ok && parsed.parts[0]?.filename).toBe('图.png');
  });
});

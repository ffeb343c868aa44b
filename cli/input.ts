import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { localized, type Localized } from '../common/i18n';
import { decodeUtf8Input, encodingMessage, type TextEncodingProblem } from '../common/text/encoding';
import { parseJsonLocated } from '../common/import/json-locate';
import { DRAFTS_ERROR_CODES } from '../common/ipc/channels/drafts';
import { err, ok, type Result } from '../common/result';
import type { DraftsError } from '../main/drafts/draft-errors';
import { readImport, type ImportedDrafts } from '../main/drafts/import-json';
import type { CliHost } from './context';
import { EXIT } from './exit-codes';
import { failure, type CliFailure } from './io';

/** A JSON input: its text and where it came from. */
export interface InputText {
  readonly text: string;
  /** The absolute path, or `-` for stdin. */
  readonly source: string;
}

async function readStdin(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** What to run to convert a GBK or UTF-16 file (the convert command). */
export function convertHint(file: string): Localized {
  return localized(`运行 coupon-studio convert ${file}，得到一份 UTF-8 副本（原文件不变）`, `run coupon-studio convert ${file} to get a UTF-8 copy (the original stays as it is)`);
}

/** A file that is not UTF-8, as exit 2 with the encoding named and how to fix it. */
export function encodingFailure(file: string, problem: TextEncodingProblem): CliFailure {
  const hint = problem.kind === 'not_utf8' || file === '-' ? undefined : convertHint(file);
  return failure(EXIT.usage, 'input_encoding', encodingMessage(file === '-' ? 'stdin' : file, problem, hint), { encoding: problem.kind, ...(problem.kind === 'utf16' ? { endian: problem.endian, bom: problem.bom } : {}) });
}

/** Reads the bytes of FILE (relative to the working directory) or stdin for `-`; an unreadable file is exit 2. */
export async function readInputBytes(host: CliHost, file: string): Promise<Result<{ bytes: Buffer; source: string }, CliFailure>> {
  if (file === '-') return ok({ bytes: await readStdin(host.streams.stdin), source: '-' });
  const path = resolve(host.cwd, file);
  try {
    return ok({ bytes: await readFile(path), source: path });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why = typeof code === 'string' ? code : String(error);
    return err(
      failure(EXIT.usage, 'input_unreadable', localized(`无法读取文件 ${path}（${why}）。请检查路径和权限。`, `Cannot read the file ${path} (${why}). Check the path and the permissions.`), {
        path,
        errno: why,
      }),
    );
  }
}

/** Reads FILE or stdin as UTF-8 text; GBK, UTF-16 and other encodings are refused by name (exit 2). */
export async function readInput(host: CliHost, file: string): Promise<Result<InputText, CliFailure>> {
  const read = await readInputBytes(host, file);
  if (!read.ok) return read;
  const decoded = decodeUtf8Input(read.value.bytes);
  if (!decoded.ok) return err(encodingFailure(file, decoded.problem));
  return ok({ text: decoded.text, source: read.value.source });
}

/** An import refusal (syntax error with line/column, or an unrecognised shape) as exit 2. */
export function importFailure(error: DraftsError): CliFailure {
  return failure(EXIT.usage, error.code, error.message, error.details);
}

/** Parses an input as JSON; a syntax error is exit 2 with its line, column and excerpt. */
export function parseJsonInput(input: InputText): Result<unknown, CliFailure> {
  const syntax = parseJsonLocated(input.text);
  if (syntax.ok) return ok(syntax.value);
  const { line, column, offset, excerpt, kind, message } = syntax.error;
  return err(failure(EXIT.usage, DRAFTS_ERROR_CODES.importSyntax, message, { line, column, offset, excerpt, kind }));
}

/** Parses an input as one coupon body, an array of them, or an exported batch. */
export function parseInput(input: InputText): Result<ImportedDrafts, CliFailure> {
  // The located parser's own message already names the line and column (readImport prefixes it again).
  const syntax = parseJsonInput(input);
  if (!syntax.ok) return syntax;
  const read = readImport(input.text);
  return read.ok ? read : err(importFailure(read.error));
}

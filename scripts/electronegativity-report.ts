/** Parsing and gating of @doyensec/electronegativity's CSV output (it exits 0 whatever it finds). */

/** One finding (a CSV row). */
export interface Finding {
  readonly issue: string;
  readonly severity: string;
  readonly confidence: string;
  readonly file: string;
  readonly location: string;
  readonly sample: string;
  readonly description: string;
}

/** An accepted finding: check id, optionally the file, and why it is acceptable. */
export interface AllowEntry {
  readonly issue: string;
  readonly file?: string;
  readonly reason: string;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

const COLUMNS = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description'] as const;

/** The findings of an electronegativity CSV (header `issue, severity, confidence, filename, …`). */
export function parseFindings(csv: string): Finding[] {
  const [header, ...rows] = parseCsv(csv);
  if (!header) return [];
  const index = (name: string): number => header.findIndex((cell) => cell.trim().toLowerCase() === name);
  const at = COLUMNS.map(index);
  if (at.some((i) => i < 0)) throw new Error(`unexpected electronegativity CSV header: ${header.join(',')}`);
  const cell = (row: string[], column: number): string => (row[at[column] as number] ?? '').trim();
  return rows.map((row) => ({
    issue: cell(row, 0),
    severity: cell(row, 1),
    confidence: cell(row, 2),
    file: cell(row, 3).replaceAll('\\', '/'),
    location: cell(row, 4),
    sample: cell(row, 5),
    description: cell(row, 6),
  }));
}

/** Findings not covered by the allow-list (an entry without `file` covers the check everywhere). */
export function blockingFindings(findings: readonly Finding[], allow: readonly AllowEntry[]): Finding[] {
  return findings.filter((f) => !allow.some((entry) => entry.issue === f.issue && (entry.file === undefined || entry.file === f.file)));
}

/** Checks the allow-list itself: every entry names a check and gives a real reason. */
export function allowListProblems(allow: readonly AllowEntry[]): string[] {
  return allow.flatMap((entry, i) => [
    ...(typeof entry.issue === 'string' && /^[A-Z_]+_CHECK$/.test(entry.issue) ? [] : [`entry ${i}: "issue" must be a check id`]),
    ...(typeof entry.reason === 'string' && entry.reason.trim().length >= 20 ? [] : [`entry ${i}: "reason" must explain why (20+ characters)`]),
  ]);
}

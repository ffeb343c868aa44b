/** Parsing and gating of @doyensec/electronegativity's SARIF output (it exits 0 whatever it finds). */

/** One finding (a SARIF result). */
export interface Finding {
  readonly issue: string;
  /** SARIF level: electronegativity writes "note" for findings that need manual review, else "warning". */
  readonly level: string;
  readonly file: string;
  /** line:column, both from 1. */
  readonly location: string;
  readonly description: string;
}

/** An accepted finding: check id, optionally the file, and why it is acceptable. */
export interface AllowEntry {
  readonly issue: string;
  readonly file?: string;
  readonly reason: string;
}

interface SarifResult {
  ruleId?: unknown;
  level?: unknown;
  message?: { text?: unknown };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: unknown }; region?: { startLine?: unknown; startColumn?: unknown } } }[];
}

/**
 * The findings of an electronegativity SARIF report. SARIF, not CSV: 1.10.3 writes the CSV header
 * and the rows with two unsynchronised fs.writeFile calls, so the header write can truncate the
 * first row (seen in CI: the CSP row lost its first 30 bytes and swallowed the next row). The
 * SARIF report is one JSON.stringify and one write.
 */
export function parseFindings(sarif: string): Finding[] {
  let doc: unknown;
  try {
    doc = JSON.parse(sarif);
  } catch (error) {
    throw new Error(`electronegativity report is not JSON: ${(error as Error).message}`, { cause: error });
  }
  const runs = (doc as { runs?: unknown }).runs;
  if (!Array.isArray(runs) || runs.length === 0) throw new Error('electronegativity report has no SARIF runs');
  return runs.flatMap((run: { results?: unknown }) => {
    if (!Array.isArray(run.results)) throw new Error('electronegativity report: a SARIF run has no results array');
    return (run.results as SarifResult[]).map((r) => {
      if (typeof r.ruleId !== 'string') throw new Error('electronegativity report: a result has no ruleId');
      const where = r.locations?.[0]?.physicalLocation;
      const uri = where?.artifactLocation?.uri;
      const region = where?.region;
      return {
        issue: r.ruleId,
        level: typeof r.level === 'string' ? r.level : '',
        file: typeof uri === 'string' && uri !== 'file:///' ? uri.replaceAll('\\', '/') : 'N/A',
        location: `${String(region?.startLine ?? 0)}:${String(region?.startColumn ?? 0)}`,
        description: typeof r.message?.text === 'string' ? r.message.text : '',
      };
    });
  });
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

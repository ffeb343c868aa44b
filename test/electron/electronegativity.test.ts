import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allowListProblems, blockingFindings, parseFindings, type AllowEntry } from '../../scripts/electronegativity-report';

const allow = JSON.parse(readFileSync(new URL('../../scripts/electronegativity-allow.json', import.meta.url), 'utf8')) as AllowEntry[];

const result = (ruleId: string, uri: string, line: number, column: number, text: string) => ({
  ruleId,
  level: 'note',
  message: { text },
  locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: line, startColumn: column, charLength: 10 } } }],
});

// The SARIF electronegativity 1.10.3 wrote for this repository (scripts/check-electronegativity.ts), plus two results it must block.
const SARIF = JSON.stringify({
  $schema: 'http://json.schemastore.org/sarif-2.1.0',
  version: '2.1.0',
  runs: [
    {
      tool: { driver: { name: 'Electronegativity', version: '1.10.3', rules: [] } },
      results: [
        result('CSP_GLOBAL_CHECK', 'renderer/index.html', 6, 1, 'One or more CSP directives detected seems to be vulnerable'),
        result('OPEN_EXTERNAL_JS_CHECK', 'main/electron/open-external.ts', 60, 13, 'Review the use of openExternal'),
        result('OPEN_EXTERNAL_JS_CHECK', 'main\\other.ts', 3, 1, 'Review the use of openExternal'),
        result('LIMIT_NAVIGATION_GLOBAL_CHECK', 'file:///', 1, 1, 'Missing navigation limits using .on new-window and will-navigate events'),
      ],
    },
  ],
});

describe('electronegativity gate', () => {
  it('reads the findings and blocks only those not on the allow-list', () => {
    const findings = parseFindings(SARIF);
    expect(findings).toHaveLength(4);
    expect(findings[1]).toMatchObject({ file: 'main/electron/open-external.ts', location: '60:13', level: 'note' });
    expect(blockingFindings(findings, allow).map((f) => `${f.issue} ${f.file}`)).toEqual(['OPEN_EXTERNAL_JS_CHECK main/other.ts', 'LIMIT_NAVIGATION_GLOBAL_CHECK N/A']);
  });

  it('the committed allow-list gives a reason for every entry', () => {
    expect(allow.length).toBeGreaterThan(0);
    expect(allowListProblems(allow)).toEqual([]);
    expect(allowListProblems([{ issue: 'x', reason: 'ok' }])).toHaveLength(2);
  });

  it('refuses a report that is cut short or is not SARIF, rather than passing it as "no findings"', () => {
    expect(() => parseFindings(SARIF.slice(0, 200))).toThrow(/not JSON/);
    expect(() => parseFindings('{"version":"2.1.0"}')).toThrow(/no SARIF runs/);
    expect(() => parseFindings('{"runs":[{}]}')).toThrow(/results/);
  });
});

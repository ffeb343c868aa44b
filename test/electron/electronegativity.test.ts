import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allowListProblems, blockingFindings, parseCsv, parseFindings, type AllowEntry } from '../../scripts/electronegativity-report';

const allow = JSON.parse(readFileSync(new URL('../../scripts/electronegativity-allow.json', import.meta.url), 'utf8')) as AllowEntry[];

// The CSV electronegativity 1.10.3 wrote for this repository (scripts/check-electronegativity.ts), plus two rows it must block.
const CSV = `issue, severity, confidence, filename, location, sample, description, url
CSP_GLOBAL_CHECK,"LOW","FIRM","renderer/index.html","6:0","default-src 'none'; script-src 'self'; style-src 'self'","One or more CSP directives detected seems to be vulnerable",https://github.com/doyensec/electronegativity/wiki/CSP_GLOBAL_CHECK
OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","main/electron/open-external.ts","60:12","await shell.openExternal(checked.value.href);","Review the use of openExternal",https://github.com/doyensec/electronegativity/wiki/OPEN_EXTERNAL_JS_CHECK
OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","main/other.ts","3:1","shell.openExternal(url, { a: ""b"" })","Review the use of openExternal",https://github.com/doyensec/electronegativity/wiki/OPEN_EXTERNAL_JS_CHECK
LIMIT_NAVIGATION_GLOBAL_CHECK,"HIGH","CERTAIN","N/A","0:0",N/A,"Missing navigation limits using .on new-window and will-navigate events",https://github.com/doyensec/electronegativity/wiki/LIMIT_NAVIGATION_GLOBAL_CHECK
`;

describe('electronegativity gate', () => {
  it('parses quoted CSV fields with commas, doubled quotes and newlines', () => {
    expect(parseCsv('a,"b,c","d ""e""\nf"\r\n1,2,3\n')).toEqual([
      ['a', 'b,c', 'd "e"\nf'],
      ['1', '2', '3'],
    ]);
  });

  it('reads the findings and blocks only those not on the allow-list', () => {
    const findings = parseFindings(CSV);
    expect(findings).toHaveLength(4);
    expect(findings[2]?.sample).toBe('shell.openExternal(url, { a: "b" })');
    expect(blockingFindings(findings, allow).map((f) => `${f.issue} ${f.file}`)).toEqual(['OPEN_EXTERNAL_JS_CHECK main/other.ts', 'LIMIT_NAVIGATION_GLOBAL_CHECK N/A']);
  });

  it('the committed allow-list gives a reason for every entry', () => {
    expect(allow.length).toBeGreaterThan(0);
    expect(allowListProblems(allow)).toEqual([]);
    expect(allowListProblems([{ issue: 'x', reason: 'ok' }])).toHaveLength(2);
  });

  it('refuses a CSV whose header it does not know', () => {
    expect(() => parseFindings('a,b\n1,2\n')).toThrow(/header/);
  });
});

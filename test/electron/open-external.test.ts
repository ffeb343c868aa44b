import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkExternalUrl, createOpenExternalSafe, EXTERNAL_HOSTS } from '../../main/electron/open-external';
import { createMemoryLogger } from '../../main/log/logger';
import { propertySeed } from '../support/seed';

function withShell(fail = false) {
  const opened: string[] = [];
  const shell = {
    openExternal: async (url: string) => {
      if (fail) throw new Error('no browser');
      opened.push(url);
    },
  };
  return { opened, open: createOpenExternalSafe(shell, createMemoryLogger()) };
}

const REFUSED = [
  'http://mp.weixin.qq.com/',
  'file:///C:/Windows/System32/calc.exe',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'smb://attacker/share',
  'ms-msdt:/id PCWDiagnostic',
  'vscode://file/etc/passwd',
  'https://mp.weixin.qq.com.evil.com/',
  'https://evil.com/mp.weixin.qq.com',
  'https://evil-mp.weixin.qq.com/',
  'https://weixin.qq.com/',
  'https://qq.com/',
  'https://mp.weixin.qq.com@evil.com/',
  'https://user:pass@mp.weixin.qq.com/',
  'https://mp.weixin.qq.com:8443/',
  'https://mp.weixin.qq.com./',
  'https://xn--mp-weixin-qq-com.evil/',
  'https://mp%2eweixin%2eqq%2ecom.evil.com/',
  '//mp.weixin.qq.com/',
  'mp.weixin.qq.com',
  '',
  'https://' + 'a'.repeat(2100) + '.mp.weixin.qq.com/',
];
const ACCEPTED = [
  'https://mp.weixin.qq.com/',
  'https://mp.weixin.qq.com/cgi-bin/home?t=home/index&lang=zh_CN',
  'https://developers.weixin.qq.com/doc/offiaccount/Cards_and_Offer/Create_a_Coupon_Voucher_or_Card.html',
  'https://pay.weixin.qq.com/index.php/core/home',
  'https://MP.WEIXIN.QQ.COM/',
  'https://mp.weixin.qq.com:443/',
];

describe('openExternalSafe (checklist #15)', () => {
  it.each(REFUSED)('refuses %j and never calls shell.openExternal', async (url) => {
    const { opened, open } = withShell();
    const result = await open(url);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error['zh-CN'].length).toBeGreaterThan(0);
      expect(result.error.en.length).toBeGreaterThan(0);
    }
    expect(opened).toEqual([]);
  });

  it.each(ACCEPTED)('opens %j (normalised)', async (url) => {
    const { opened, open } = withShell();
    expect((await open(url)).ok).toBe(true);
    expect(opened).toEqual([new URL(url).href]);
  });

  it('reports a browser that fails to open as a value', async () => {
    const result = await withShell(true).open('https://mp.weixin.qq.com/');
    expect(result.ok).toBe(false);
  });

  it('property: anything it accepts is https, on the allow-list, without userinfo or port', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ['http', 'https', 'file', 'ftp', 'javascript'] }), fc.string()), (url) => {
        const result = checkExternalUrl(url);
        if (!result.ok) return;
        expect(result.value.protocol).toBe('https:');
        expect(EXTERNAL_HOSTS).toContain(result.value.hostname);
        expect(result.value.username + result.value.password + result.value.port).toBe('');
      }),
      { seed: propertySeed('openExternalSafe vs fc.webUrl'), numRuns: 3000 },
    );
  });

  it('property: any path and query on an allow-listed host is accepted over https and refused over http', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXTERNAL_HOSTS), fc.webPath(), fc.webQueryParameters(), (host, path, query) => {
        expect(checkExternalUrl(`https://${host}${path}?${query}`).ok).toBe(true);
        expect(checkExternalUrl(`http://${host}${path}?${query}`).ok).toBe(false);
      }),
      { seed: propertySeed('openExternalSafe allow-listed hosts'), numRuns: 1000 },
    );
  });
});

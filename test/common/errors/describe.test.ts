import { describe, expect, it } from 'vitest';
import { describeWeixinError, parseErrmsg } from '../../../common/errors/describe';
import { extractWhitelistIp } from '../../../common/errors/ip-whitelist';

describe('parseErrmsg splits off the request id in every observed format (§0)', () => {
  it.each([
    ['invalid credential, access_token is invalid or not latest rid: 630ecbee-3b6b5e7b-5f1c4a2d', 'invalid credential, access_token is invalid or not latest', { rid: '630ecbee-3b6b5e7b-5f1c4a2d' }],
    ['require location id!  hint: [R_hs8a06151100]', 'require location id!', { hint: 'R_hs8a06151100' }],
    ['invalid credential, access_token is invalid or not latest hint: [dLTTea0566vr46!]', 'invalid credential, access_token is invalid or not latest', { hint: 'dLTTea0566vr46!' }],
    ['invalid credential, access_token is invalid or not latest, hints: [ req_id: hDexla0781ns89 ]', 'invalid credential, access_token is invalid or not latest', { hint: 'hDexla0781ns89' }],
    ['api is unauthorized to component rid: xxxxxxxx-xxxxxxxx-xxxxxxxx', 'api is unauthorized to component', { rid: 'xxxxxxxx-xxxxxxxx-xxxxxxxx' }],
    ['api unauthorized, rid: 654df33c-64386a2f-29857782', 'api unauthorized', { rid: '654df33c-64386a2f-29857782' }],
    ['invalid appsecret, view more at http://t.cn/RAEkdVq hint: [Qm2kYa0785e541]', 'invalid appsecret, view more at http://t.cn/RAEkdVq', { hint: 'Qm2kYa0785e541' }],
    [
      'invalid user-card status! Hint: the card was given to user, but may be deleted or set unavailable ! hint: [iHBD40040ent3]',
      'invalid user-card status! Hint: the card was given to user, but may be deleted or set unavailable !',
      { hint: 'iHBD40040ent3' },
    ],
    ['ok', 'ok', {}],
    ['', '', {}],
  ])('%j', (errmsg, text, suffix) => {
    expect(parseErrmsg(errmsg)).toEqual({ text, ...suffix });
  });
});

describe('extractWhitelistIp reads the address of a 40164', () => {
  it.each([
    ['invalid ip 101.45.43.1 ipv6 ::ffff:101.45.43.1, not in whitelist hint: [jotvMa01143580]', { ip: '101.45.43.1' }],
    ['invalid ip 61.172.68.219, not in whitelist hint: [KJZfAa0644e575]', { ip: '61.172.68.219' }],
    ['invalid ip 183.14.30.7, not in whitelist rid: 611740a4-27f9a8ba-065da01b', { ip: '183.14.30.7' }],
    ['invalid ip 240e:3b7:3240::1 ipv6 240e:3b7:3240::1, not in whitelist rid: 611740a4-27f9a8ba-065da01b', { ip: '240e:3b7:3240::1' }],
    ['invalid ip 1.2.3.4 ipv6 2408:8207:1::5, not in whitelist', { ip: '1.2.3.4', ipv6: '2408:8207:1::5' }],
  ])('%j', (errmsg, found) => {
    expect(extractWhitelistIp(errmsg)).toEqual(found);
  });

  it('finds nothing when the errmsg names no address', () => {
    expect(extractWhitelistIp('invalid ip, not in whitelist')).toBeUndefined();
    expect(extractWhitelistIp('invalid ip 999.1.1.1, not in whitelist')).toBeUndefined();
  });
});

describe('describeWeixinError', () => {
  it.each([
    ['invalid ip 101.45.43.1 ipv6 ::ffff:101.45.43.1, not in whitelist hint: [jotvMa01143580]', '101.45.43.1', 'jotvMa01143580'],
    ['invalid ip 61.172.68.219, not in whitelist hint: [KJZfAa0644e575]', '61.172.68.219', 'KJZfAa0644e575'],
    ['invalid ip 183.14.30.7, not in whitelist rid: 611740a4-27f9a8ba-065da01b', '183.14.30.7', '611740a4-27f9a8ba-065da01b'],
  ])('40164 %j says exactly which IP to whitelist and where', (errmsg, ip, rid) => {
    const d = describeWeixinError({ errcode: 40164, errmsg, endpoint: '/cgi-bin/token' });
    expect(d.whitelistIp?.ip).toBe(ip);
    expect(d.fix['zh-CN']).toContain(`添加 ${ip}`);
    expect(d.fix['zh-CN']).toContain('设置与开发 → 基本配置 → IP白名单');
    expect(d.fix.en).toContain(`Add ${ip}`);
    expect(d.fix.en).not.toContain('::ffff');
    expect(d).toMatchObject({ errcode: 40164, errmsg, rid, action: 'report', retryable: false, known: true });
  });

  it('40164 without an address still says where the whitelist is', () => {
    const d = describeWeixinError({ errcode: 40164, errmsg: 'invalid ip, not in whitelist' });
    expect(d.whitelistIp).toBeUndefined();
    expect(d.fix['zh-CN']).toContain('IP白名单');
    expect(d.fix.en).toContain('public egress IP');
  });

  it('keys on errcode, never on errmsg text', () => {
    const d = describeWeixinError({ errcode: 40001, errmsg: 'api unauthorized rid: 1-2-3' });
    expect(d.action).toBe('refresh_token');
    expect(d.meaning).toEqual(describeWeixinError({ errcode: 40001 }).meaning);
    // Only a whitelist code reads the IP out of the errmsg.
    expect(describeWeixinError({ errcode: 48001, errmsg: 'invalid ip 1.2.3.4, not in whitelist' }).whitelistIp).toBeUndefined();
  });

  it('40001 on the token endpoint is a configuration error, elsewhere a stale token', () => {
    const onToken = describeWeixinError({ errcode: 40001, errmsg: 'invalid credential', endpoint: '/cgi-bin/token' });
    expect(onToken).toMatchObject({ action: 'report', retryable: false });
    expect(onToken.fix['zh-CN']).toContain('AppSecret');
    const onCreate = describeWeixinError({ errcode: 40001, errmsg: 'invalid credential', endpoint: '/card/create' });
    expect(onCreate).toMatchObject({ action: 'refresh_token', retryable: true });
  });

  it('48001 on card/create explains the 2021-04-01 stop honestly, besides permissions', () => {
    const d = describeWeixinError({ errcode: 48001, errmsg: 'api unauthorized, rid: 654df33c-64386a2f-29857782', endpoint: '/card/create' });
    expect(d.meaning['zh-CN']).toContain('2021-04-01');
    expect(d.meaning.en).toContain('2021-04-01');
    expect(d.meaning.en).toContain('GENERAL_COUPON');
    expect(d.meaning['zh-CN']).toContain('卡券功能');
    expect(d.fix.en).toContain('商家券');
    expect(d.rid).toBe('654df33c-64386a2f-29857782');
    expect(describeWeixinError({ errcode: 48001, endpoint: '/cgi-bin/media/uploadimg' }).meaning.en).not.toContain('2021');
  });

  it('45009 says the quota resumes tomorrow and mentions clear_quota, 10 a month', () => {
    const d = describeWeixinError({ errcode: 45009, errmsg: 'reach max api daily quota limit rid: 60fa6713-1b2c3d4e-5f6a7b8c' });
    expect(d).toMatchObject({ action: 'report', retryable: false });
    expect(d.fix['zh-CN']).toContain('明天');
    expect(d.fix.en).toContain('tomorrow');
    expect(d.fix.en).toContain('clear_quota');
    expect(d.fix['zh-CN']).toContain('10 次');
  });

  it('45011 waits for the next minute', () => {
    const d = describeWeixinError({ errcode: 45011, errmsg: 'api minute-quota reach limit  mustslower  retry next minute' });
    expect(d).toMatchObject({ action: 'wait_next_minute', retryable: true });
    expect(d.fix.en).toContain('next minute');
  });

  it('40125 and 40013 point at the secret and the AppID', () => {
    expect(describeWeixinError({ errcode: 40125 }).fix.en).toContain('AppSecret');
    expect(describeWeixinError({ errcode: 40125 }).fix['zh-CN']).toContain('设置与开发 → 基本配置');
    expect(describeWeixinError({ errcode: 40013 }).fix.en).toContain('AppID');
  });

  it('explains the paycell and self-redemption preconditions', () => {
    expect(describeWeixinError({ errcode: 43017, endpoint: '/card/paycell/set' }).fix['zh-CN']).toContain('门店');
    expect(describeWeixinError({ errcode: 43017 }).meaning.en).toContain('self-redemption');
    expect(describeWeixinError({ errcode: 45046 }).fix.en).toContain('centre button');
    expect(describeWeixinError({ errcode: 40145 }).fix['zh-CN']).toContain('居中按钮');
    expect(describeWeixinError({ errcode: 43008 }).fix.en).toContain('WeChat Pay');
  });

  it('describes unknown codes generically, still showing code, errmsg and rid', () => {
    const d = describeWeixinError({ errcode: 12345, errmsg: 'brand new problem rid: aaaaaaaa-bbbbbbbb-cccccccc' });
    expect(d).toMatchObject({ action: 'report', retryable: false, known: false, rid: 'aaaaaaaa-bbbbbbbb-cccccccc', text: 'brand new problem' });
    expect(d.meaning['zh-CN']).toContain('12345');
    expect(d.meaning['zh-CN']).toContain('brand new problem');
    expect(d.meaning['zh-CN']).not.toContain('rid');
  });

  it('treats the older hint as the request id when there is no rid', () => {
    expect(describeWeixinError({ errcode: -1, errmsg: 'system error hint: [abc123]' })).toMatchObject({ rid: 'abc123', action: 'retry', retryable: true });
  });
});

import { describe, expect, it } from 'vitest';
import { localImageRef } from '../../../common/coupon/local-image';
import { imageHost } from '../../../common/validate/images';
import { coupon, errors, expectNoErrors, expectOnlyError, warnings } from './fixtures';

const P = 'card.gift';
const logo = (url: string) => coupon('GIFT', (h) => (h.base.logo_url = url));
const icon = (url: string) => coupon('GIFT', (h) => (h.adv().abstract = { icon_url_list: [url] }));
const detail = (url: string) => coupon('GIFT', (h) => (h.adv().text_image_list = [{ image_url: url, text: '图文' }]));

describe('image URLs (40141)', () => {
  it('reads the host of absolute http(s) URLs only', () => {
    expect(imageHost('http://mmbiz.qpic.cn/mmbiz/a/0')).toBe('mmbiz.qpic.cn');
    expect(imageHost('HTTPS://MMBIZ.QPIC.CN:443/a/0')).toBe('mmbiz.qpic.cn');
    expect(imageHost('https://mmbiz.qpic.cn')).toBe('mmbiz.qpic.cn');
    for (const bad of ['mmbiz.qpic.cn/a/0', '//mmbiz.qpic.cn/a/0', 'ftp://mmbiz.qpic.cn/a', 'https://', 'https://mmbiz.qpic.cn/a b/0', ' https://mmbiz.qpic.cn/a/0', '']) {
      expect(imageHost(bad)).toBeUndefined();
    }
  });

  it('accepts uploadimg URLs over http and https in every image field', () => {
    for (const url of ['http://mmbiz.qpic.cn/mmbiz_jpg/abc/0', 'https://mmbiz.qpic.cn/mmbiz_png/abc/0']) {
      expectNoErrors(logo(url));
      expectNoErrors(icon(url));
      expectNoErrors(detail(url));
    }
  });

  it.each(['mmbiz.qpic.cn/mmbiz/abc/0', 'www.qq.com', 'ftp://mmbiz.qpic.cn/a/0', 'https://mmbiz.qpic.cn/a b/0'])('refuses %j as not an absolute URL', (url) => {
    expectOnlyError(logo(url), `${P}.base_info.logo_url`, 'image_url_invalid', 40141);
    expectOnlyError(icon(url), `${P}.advanced_info.abstract.icon_url_list[0]`, 'image_url_invalid', 40141);
    expectOnlyError(detail(url), `${P}.advanced_info.text_image_list[0].image_url`, 'image_url_invalid', 40141);
  });

  it('refuses cover and detail images off the CDN ("填写非CDN链接会报错")', () => {
    for (const url of ['https://example.com/a.png', 'http://mmecoa.qpic.cn/mmbiz_png/a/0', 'https://mmbiz.qpic.cn.evil.com/a/0']) {
      const f = expectOnlyError(icon(url), `${P}.advanced_info.abstract.icon_url_list[0]`, 'image_host', 40141);
      expect(f.message['zh-CN']).toContain('mmbiz.qpic.cn');
      expectOnlyError(detail(url), `${P}.advanced_info.text_image_list[0].image_url`, 'image_host', 40141);
    }
  });

  it('only warns about a logo off the CDN (unconfirmed, §4.2)', () => {
    const body = logo('https://example.com/logo.png');
    expectNoErrors(body);
    expect(warnings(body).map((f) => [f.path, f.code])).toEqual([[`${P}.base_info.logo_url`, 'logo_host']]);
  });
});

describe('local images', () => {
  const ref = localImageRef('0f'.repeat(32));

  it('are fine in a draft', () => {
    for (const body of [logo(ref), icon(ref), detail(ref)]) expect(errors(body, { mode: 'draft' })).toEqual([]);
  });

  it('are refused on submit, the default mode (not uploaded yet)', () => {
    const f = expectOnlyError(logo(ref), `${P}.base_info.logo_url`, 'image_not_uploaded', 40141);
    expect(f.message['zh-CN']).toContain('还没有上传');
    expectOnlyError(icon(ref), `${P}.advanced_info.abstract.icon_url_list[0]`, 'image_not_uploaded', 40141, { mode: 'submit' });
    expectOnlyError(detail(ref), `${P}.advanced_info.text_image_list[0].image_url`, 'image_not_uploaded', 40141);
  });

  it('must be well-formed even in a draft', () => {
    expectOnlyError(logo('local-image:abc'), `${P}.base_info.logo_url`, 'image_url_invalid', 40141, { mode: 'draft' });
  });
});

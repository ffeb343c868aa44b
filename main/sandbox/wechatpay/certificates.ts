import { sealResource } from './seal';
import { chinaTime, type PayContext } from './pay-context';
import { okBody, payError, type PayReply } from './pay-envelope';

/**
 * GET /v3/certificates (§3.4): the unexpired platform certificates, each AES-GCM-encrypted with the
 * APIv3 key; a public-key merchant gets 403 NOT_ENOUGH, as they really do (§2.7, §3.3).
 */
export function handleCertificates(ctx: PayContext): PayReply {
  const config = ctx.merchant.config;
  if (config.mode === 'public-key') return payError(403, 'NOT_ENOUGH', '平台证书已过期失效,请联系微信支付技术支持。');
  const algorithm = ctx.query.get('algorithm_type') ?? 'RSA';
  if (!['RSA', 'SM2', 'ALL'].includes(algorithm)) return payError(400, 'PARAM_ERROR', '输入源"/query/algorithm_type"映射到枚举字段规则校验失败');
  const data = algorithm === 'SM2' ? [] : config.platformCertificates
    .filter((c) => ctx.now < c.expireAt)
    .map((c) => ({
      serial_no: c.certificate.serialNo,
      effective_time: chinaTime(c.effectiveAt),
      expire_time: chinaTime(c.expireAt),
      encrypt_certificate: sealResource(c.certificate.certificatePem, config.apiv3Key, 'certificate'),
    }));
  return okBody(ctx.merchant, { data }, ctx.requestSerial);
}

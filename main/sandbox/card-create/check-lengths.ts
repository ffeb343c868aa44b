import { wxError, type WxError } from '../errors';
import { collect } from './access';
import { nodePath, type CardHead } from './context';
import { BYTE_LIMITS } from './spec';

/** UTF-8 byte lengths (§4.1: `title` 27 bytes = 9 汉字; over the limit → 45021). */
export function checkLengths(head: CardHead): WxError | undefined {
  for (const [dotted, limit] of BYTE_LIMITS) {
    for (const { value, path } of collect(head.node, dotted, nodePath(head))) {
      if (typeof value === 'string' && Buffer.byteLength(value, 'utf8') > limit) return wxError(45021, path);
    }
  }
  return undefined;
}

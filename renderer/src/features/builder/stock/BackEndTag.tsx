import { Tag } from 'antd';
import { BACK_END_LABELS } from '../../../../../common/drafts/back-end-labels';
import type { BatchBackEndName } from '../../../../../common/drafts/draft';
import { useT } from '../../../i18n';

const COLORS: Readonly<Record<BatchBackEndName, string>> = { weixin_card: 'green', member_card: 'gold', busifavor: 'blue' };

/** What the batch creates (微信卡券 / 会员卡 / 微信支付商家券), shown in the batch panel. */
export function BackEndTag({ backEnd }: { backEnd: BatchBackEndName }) {
  const t = useT();
  return (
    <Tag color={COLORS[backEnd]} data-testid="batch-back-end" data-back-end={backEnd}>
      {t(BACK_END_LABELS[backEnd])}
    </Tag>
  );
}

import { FieldShell } from '../../../components/FieldShell';
import { Icon } from '../../../components/Icon';
import { RadioCards } from '../../../components/RadioCards';
import { Switch } from '../../../components/Switch';
import { useT } from '../../../i18n';
import { editorText } from '../../../i18n/editor-text';
import { fieldDomId } from '../../../lib/field-focus';
import { useBuilderStore } from '../../../stores/builder-store';
import { useEditor } from '../editor-context';

type Cell = 'none' | 'paycell' | 'self';
const CROSS_CODES = new Set(['cells_conflict', 'needs_stores', 'center_url_conflict']);

/**
 * 创建后设置: Weixin Checkout (card/paycell/set, guide §3) or self-redemption
 * (card/selfconsumecell/set with need_verify_cod / need_remark_amount, guide §4). Weixin refuses
 * both at once (45046), so this is one choice; both need stores and an empty center_url.
 */
export function AfterSection() {
  const t = useT();
  const { draft, findings } = useEditor();
  const setAfter = useBuilderStore((s) => s.setAfter);
  const { after } = draft;
  const cell: Cell = after.paycell ? 'paycell' : after.selfConsume ? 'self' : 'none';
  const id = fieldDomId('card');
  const hints = findings.filter((f) => CROSS_CODES.has(f.code));
  const choose = (next: Cell) =>
    setAfter({ paycell: next === 'paycell', selfConsume: next === 'self', ...(next === 'self' ? {} : { needVerifyCode: false, needRemarkAmount: false }) });
  return (
    <>
      <div className="callout callout--info">
        <Icon name="info" />
        <p>{t(editorText.afterExplain)}</p>
      </div>
      <FieldShell id={id} label={editorText.afterLabel} messages={hints.map((f) => ({ severity: f.severity, text: f.message }))}>
        <RadioCards<Cell>
          id={id}
          value={cell}
          onChange={choose}
          labelledBy={`${id}-label`}
          columns={1}
          options={[
            { value: 'none', label: editorText.afterNone, description: editorText.afterNoneDesc },
            { value: 'paycell', label: editorText.afterPaycell, description: editorText.afterPaycellDesc },
            { value: 'self', label: editorText.afterSelf, description: editorText.afterSelfDesc },
          ]}
        />
      </FieldShell>
      {cell === 'self' && (
        <div className="switch-list">
          <FieldShell id="after-verify" label={editorText.needVerifyCode} help={editorText.needVerifyCodeHelp} inline>
            <Switch id="after-verify" checked={after.needVerifyCode} onChange={(v) => setAfter({ needVerifyCode: v })} aria-describedby="after-verify-help" />
          </FieldShell>
          <FieldShell id="after-remark" label={editorText.needRemarkAmount} help={editorText.needRemarkAmountHelp} inline>
            <Switch id="after-remark" checked={after.needRemarkAmount} onChange={(v) => setAfter({ needRemarkAmount: v })} aria-describedby="after-remark-help" />
          </FieldShell>
        </div>
      )}
    </>
  );
}

import { FieldShell } from '../../../components/FieldShell';
import { RadioCards } from '../../../components/RadioCards';
import { useT } from '../../../i18n';
import { useEditor } from '../editor-context';
import { BoolField } from '../fields/BoolField';
import { TextField } from '../fields/TextField';
import { activationMode, withActivationMode, type ActivationMode } from './member-rules';
import { memberText } from './member-text';
import { m, useMemberCard } from './use-member-card';

const FIELD_ID = 'member-activation-mode';

/**
 * 激活方式 (§1.4): exactly one of auto, one-click, own web page, Mini Program. Choosing one clears
 * the others ({@link withActivationMode}), and the help says up front which two need a website —
 * a desktop merchant without one should take one-click.
 */
export function MemberActivationSection() {
  const t = useT();
  const { findings } = useEditor();
  const { card, replace } = useMemberCard();
  const mode = activationMode(card);
  const at = (key: string) => findings.filter((f) => f.path === m(key) && (f.code === 'activation_missing' || f.code === 'activation_conflict'));
  const messages = [...at('activate_url'), ...at('auto_activate')].map((f) => ({ severity: f.severity, text: f.message }));
  return (
    <>
      <FieldShell
        id={FIELD_ID}
        label={memberText.sections.activation}
        help={memberText.activationHelp}
        dev={{ rows: [{ label: memberText.sections.activation, code: 'auto_activate | wx_activate | activate_url | activate_app_brand_user_name' }], notes: [memberText.activationDev] }}
        required
        messages={messages}
      >
        <RadioCards<ActivationMode>
          id={FIELD_ID}
          value={mode}
          onChange={(next) => replace(withActivationMode(card, next))}
          labelledBy={`${FIELD_ID}-label`}
          columns={2}
          options={[
            { value: 'wx', label: memberText.activationModes.wx, description: memberText.activationModes.wxDesc },
            { value: 'auto', label: memberText.activationModes.auto, description: memberText.activationModes.autoDesc },
            { value: 'url', label: memberText.activationModes.url, description: memberText.activationModes.urlDesc },
            { value: 'mini', label: memberText.activationModes.mini, description: memberText.activationModes.miniDesc },
          ]}
        />
      </FieldShell>
      {mode === 'wx' && (
        <>
          <p className="field__help" data-testid="wx-activate-next">{t(memberText.wxAfterCreate)}</p>
          <BoolField path={m('wx_activate_after_submit')} />
          {card.wx_activate_after_submit === true && <TextField path={m('wx_activate_after_submit_url')} />}
        </>
      )}
      {mode === 'url' && <TextField path={m('activate_url')} />}
      {mode === 'mini' && (
        <div className="grid-2">
          <TextField path={m('activate_app_brand_user_name')} />
          <TextField path={m('activate_app_brand_pass')} />
        </div>
      )}
    </>
  );
}

import { fieldMeta } from '../../../../../common/coupon/fields';
import { localized, type Localized } from '../../../../../common/i18n';
import { useT } from '../../../i18n';
import { editorText } from '../../../i18n/editor-text';
import { fullPath } from '../../../lib/draft-model';
import { useEditor } from '../editor-context';
import { TextField } from '../fields/TextField';

/** A metadata label without the entry's name, which the group title already shows ("居中使用按钮名称" → "名称"). */
function shortLabel(key: string, group: Localized): Localized | undefined {
  const label = fieldMeta(`base_info.${key}`)?.label;
  if (!label) return undefined;
  const zh = label['zh-CN'].replace(group['zh-CN'], '').trim();
  const en = label.en.replace(new RegExp(`^${group.en}\\s*`, 'i'), '');
  return localized(zh || label['zh-CN'], en ? en.charAt(0).toUpperCase() + en.slice(1) : label.en);
}

/** One of the three entries (creation guide §2.2.5): button text, hint, web link and Mini Program. */
function EntryGroup({ title, description, keys }: { title: Localized; description: Localized; keys: readonly [name: string, sub: string, url: string, app: string, pass: string] }) {
  const t = useT();
  const { type } = useEditor();
  const p = (key: string) => fullPath(type, `base_info.${key}`);
  const [name, sub, url, app, pass] = keys;
  return (
    <fieldset className="subcard">
      <legend className="subcard__title">{t(title)}</legend>
      <p className="subcard__desc">{t(description)}</p>
      <div className="grid-2">
        <TextField path={p(name)} label={shortLabel(name, title)} hideHelp />
        <TextField path={p(sub)} label={shortLabel(sub, title)} hideHelp />
      </div>
      <p className="subcard__label">{t(editorText.webLink)}</p>
      <TextField path={p(url)} label={shortLabel(url, title)} />
      <p className="subcard__label">{t(editorText.miniProgram)}</p>
      <div className="grid-2">
        <TextField path={p(app)} label={shortLabel(app, title)} hideHelp />
        <TextField path={p(pass)} label={shortLabel(pass, title)} hideHelp />
      </div>
    </fieldset>
  );
}

/** 服务信息: phone, source, and the centre, service and promotion entries with Mini Program fields. */
export function ServiceSection() {
  const { type } = useEditor();
  return (
    <>
      <div className="grid-2">
        <TextField path={fullPath(type, 'base_info.service_phone')} />
        <TextField path={fullPath(type, 'base_info.source')} />
      </div>
      <EntryGroup
        title={editorText.entryCenter}
        description={editorText.entryCenterDesc}
        keys={['center_title', 'center_sub_title', 'center_url', 'center_app_brand_user_name', 'center_app_brand_pass']}
      />
      <EntryGroup
        title={editorText.entryCustom}
        description={editorText.entryCustomDesc}
        keys={['custom_url_name', 'custom_url_sub_title', 'custom_url', 'custom_app_brand_user_name', 'custom_app_brand_pass']}
      />
      <EntryGroup
        title={editorText.entryPromotion}
        description={editorText.entryPromotionDesc}
        keys={['promotion_url_name', 'promotion_url_sub_title', 'promotion_url', 'promotion_app_brand_user_name', 'promotion_app_brand_pass']}
      />
    </>
  );
}

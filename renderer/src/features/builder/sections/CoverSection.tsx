import { fieldMeta } from '../../../../../common/coupon/fields';
import { Button } from '../../../components/Button';
import { useT } from '../../../i18n';
import { editorText } from '../../../i18n/editor-text';
import { getAt } from '../../../lib/card-path';
import { fullPath } from '../../../lib/draft-model';
import { useBuilderStore } from '../../../stores/builder-store';
import { useEditor } from '../editor-context';
import { ImageField } from '../fields/ImageField';
import { TextField } from '../fields/TextField';

/** 封面与图文: the cover (abstract + one icon, §4.6) and the picture-text items of the detail page. */
export function CoverSection() {
  const t = useT();
  const { type, draft } = useEditor();
  const list = fullPath(type, 'advanced_info.text_image_list');
  const items = getAt(draft.card, list);
  const count = Array.isArray(items) ? items.length : 0;
  const setField = useBuilderStore((s) => s.setField);
  const listMeta = fieldMeta('advanced_info.text_image_list');
  return (
    <>
      <div className="cover-grid">
        <ImageField path={fullPath(type, 'advanced_info.abstract.icon_url_list[0]')} role="cover" />
        <TextField path={fullPath(type, 'advanced_info.abstract.abstract')} />
      </div>
      {listMeta && (
        <div className="list-head">
          <h4 className="list-head__title">{t(listMeta.label)}</h4>
          <p className="list-head__help">{t(listMeta.help)}</p>
        </div>
      )}
      {count === 0 && <p className="muted-note">{t(editorText.noDetails)}</p>}
      {Array.from({ length: count }, (_, i) => (
        <fieldset className="subcard" key={i} data-testid="detail-item">
          <legend className="subcard__title">{t(editorText.detailItem(i + 1))}</legend>
          <div className="subcard__actions">
            <Button size="sm" variant="ghost" icon="trash" onClick={() => setField(`${list}[${i}]`, undefined)} aria-label={t(editorText.removeDetail(i + 1))} />
          </div>
          <div className="detail-grid">
            <ImageField path={`${list}[${i}].image_url`} role="detail" compact />
            <TextField path={`${list}[${i}].text`} multiline rows={4} hideHelp />
          </div>
        </fieldset>
      ))}
      <Button icon="plus" onClick={() => setField(`${list}[${count}]`, { image_url: '', text: '' })}>
        {t(editorText.addDetail)}
      </Button>
    </>
  );
}

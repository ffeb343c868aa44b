import { fullPath } from '../../../lib/draft-model';
import { useEditor } from '../editor-context';
import { ColorPicker } from '../fields/ColorPicker';
import { ImageField } from '../fields/ImageField';
import { TextField } from '../fields/TextField';

/** 券面信息: logo, brand, title, subtitle and colour. */
export function FaceSection() {
  const { type } = useEditor();
  const p = (relative: string) => fullPath(type, relative);
  return (
    <>
      <ImageField path={p('base_info.logo_url')} role="logo" />
      <div className="grid-2">
        <TextField path={p('base_info.brand_name')} />
        <TextField path={p('base_info.title')} />
      </div>
      <TextField path={p('base_info.sub_title')} />
      <ColorPicker path={p('base_info.color')} />
    </>
  );
}

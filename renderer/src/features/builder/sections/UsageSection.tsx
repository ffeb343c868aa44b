import { fullPath } from '../../../lib/draft-model';
import { useEditor } from '../editor-context';
import { TextField } from '../fields/TextField';

/** 使用须知: the usage instructions (up to 3072 bytes, line breaks kept). */
export function UsageSection() {
  const { type } = useEditor();
  return <TextField path={fullPath(type, 'base_info.description')} multiline rows={6} />;
}

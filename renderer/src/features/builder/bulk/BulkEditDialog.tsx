import { Checkbox, DatePicker, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { COUPON_COLORS } from '../../../../../common/coupon/colors';
import type { Localized } from '../../../../../common/i18n';
import { endOfChinaDay, startOfChinaDay } from '../../../../../common/units/china-time';
import { Button } from '../../../components/Button';
import { useT } from '../../../i18n';
import { dayjs } from '../../../platform/dayjs';
import { draftTitle } from '../../../lib/draft-model';
import { useBuilderStore } from '../../../stores/builder-store';
import { bulkEdit, type SharedPatch } from './bulk-edit';
import { bulkEditText } from './bulk-text';

/** Dates typed and shown as YYYY-MM-DD in both languages; read as China days (china-time.ts), never in the OS zone. */
const DATE_FORMAT = 'YYYY-MM-DD';
const shownDay = (date: string) => (date === '' ? null : dayjs(date, DATE_FORMAT));
const typedDay = (_: unknown, text: string | string[] | null) => (typeof text === 'string' ? text : '');

/** 批量修改: tick drafts and set 颜色, 客服电话 and 有效期 for all of them at once. */
export function BulkEditDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  const drafts = useBuilderStore((s) => s.batch.drafts);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [color, setColor] = useState('');
  const [phone, setPhone] = useState('');
  const [begin, setBegin] = useState('');
  const [end, setEnd] = useState('');
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: Localized } | null>(null);

  const toggle = (id: string) =>
    setChosen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const apply = () => {
    const patch: SharedPatch = {};
    if (color !== '') patch.color = color;
    if (phone.trim() !== '') patch.servicePhone = phone.trim();
    if (begin !== '' || end !== '') {
      const from = startOfChinaDay(begin);
      const to = endOfChinaDay(end);
      if (!from.ok || !to.ok || to.value < from.value) return setMessage({ tone: 'error', text: bulkEditText.rangeIncomplete });
      patch.dateRange = { begin: from.value, end: to.value };
    }
    const { changed, locked } = bulkEdit(chosen, patch);
    setMessage({ tone: 'info', text: bulkEditText.done(changed, locked) });
  };

  return (
    <Modal open={open} title={t(bulkEditText.title)} onCancel={onClose} footer={null} width={600} destroyOnHidden>
      <div className="table-import" data-testid="bulk-edit">
        <p>{t(bulkEditText.intro)}</p>
        <label className="bulk-edit__pick">
          <Checkbox
            checked={drafts.length > 0 && chosen.size === drafts.length}
            indeterminate={chosen.size > 0 && chosen.size < drafts.length}
            onChange={(e) => setChosen(new Set(e.target.checked ? drafts.map((d) => d.id) : []))}
          >
            {t(bulkEditText.all)}
          </Checkbox>
        </label>
        <ul className="bulk-edit__list">
          {drafts.map((d) => (
            <li key={d.id}>
              <Checkbox className="bulk-edit__pick" checked={chosen.has(d.id)} onChange={() => toggle(d.id)} data-testid="bulk-edit-pick">
                {draftTitle(d) || t(bulkEditText.untitled)}
              </Checkbox>
            </li>
          ))}
        </ul>
        <div className="grid-2">
          <label className="field__label">
            {t(bulkEditText.color)}
            <Select
              value={color}
              onChange={(name: string) => setColor(name)}
              showSearch={{ optionFilterProp: 'label' }}
              options={[{ value: '', label: t(bulkEditText.keep) }, ...COUPON_COLORS.map((c) => ({ value: c.name, label: `${t(c.label)} · ${c.hex}` }))]}
              data-testid="bulk-edit-color"
              data-value={color}
            />
          </label>
          <label className="field__label">
            {t(bulkEditText.phone)}
            <Input value={phone} placeholder={t(bulkEditText.keep)} onChange={(e) => setPhone(e.target.value)} data-testid="bulk-edit-phone" />
          </label>
          <label className="field__label">
            {t(bulkEditText.begin)}
            <DatePicker format={DATE_FORMAT} value={shownDay(begin)} onChange={(d, text) => setBegin(typedDay(d, text))} data-testid="bulk-edit-begin" />
          </label>
          <label className="field__label">
            {t(bulkEditText.end)}
            <DatePicker format={DATE_FORMAT} value={shownDay(end)} onChange={(d, text) => setEnd(typedDay(d, text))} data-testid="bulk-edit-end" />
          </label>
        </div>
        {message && (
          <p className={message.tone === 'error' ? 'callout callout--error' : 'callout callout--info'} role={message.tone === 'error' ? 'alert' : 'status'} data-testid="bulk-edit-message">
            {t(message.text)}
          </p>
        )}
        <Button variant="primary" disabled={chosen.size === 0} onClick={apply} data-testid="bulk-edit-apply">
          {t(bulkEditText.apply(chosen.size))}
        </Button>
      </div>
    </Modal>
  );
}

import { BUSINESS_SERVICES } from '../../../../../common/coupon/enums';
import { localized } from '../../../../../common/i18n';
import { FieldShell } from '../../../components/FieldShell';
import { useT } from '../../../i18n';
import { fieldDomId } from '../../../lib/field-focus';
import { fullPath } from '../../../lib/draft-model';
import { useEditor, useField } from '../editor-context';

/** 商户服务: the four service tags as checkboxes (any number). */
export function BusinessSection() {
  const t = useT();
  const { type } = useEditor();
  const field = useField(fullPath(type, 'advanced_info.business_service'));
  const chosen = Array.isArray(field.value) ? (field.value as unknown[]) : [];
  const toggle = (value: string, on: boolean) => {
    const next = on ? [...chosen.filter((v) => v !== value), value] : chosen.filter((v) => v !== value);
    // Keep Weixin's order so the JSON reads the same however the boxes were ticked.
    const ordered = BUSINESS_SERVICES.map((s) => s.value).filter((v) => next.includes(v));
    const unknown = next.filter((v) => !BUSINESS_SERVICES.some((s) => s.value === v));
    field.set(ordered.length + unknown.length === 0 ? undefined : [...ordered, ...unknown]);
  };
  return (
    <FieldShell id={field.id} label={field.meta?.label ?? localized('商户服务', 'Merchant services')} help={field.meta?.help} dev={field.dev} messages={field.messages} hideLabel>
      <div className="checks" role="group" id={field.id} tabIndex={-1} aria-labelledby={`${field.id}-label`}>
        {BUSINESS_SERVICES.map((service) => {
          const id = fieldDomId(`${field.path}.${service.value}`);
          return (
            <label key={service.value} className="check" htmlFor={id}>
              <input id={id} type="checkbox" checked={chosen.includes(service.value)} onChange={(e) => toggle(service.value, e.target.checked)} />
              <span className="check__text">
                <span className="check__label">{t(service.label)}</span>
              </span>
            </label>
          );
        })}
      </div>
    </FieldShell>
  );
}

import { Form } from 'antd';
import type { ReactNode } from 'react';
import type { Localized } from '../../../common/i18n';
import { useT } from '../i18n';
import { DeveloperDetail, type DeveloperFacts } from './DeveloperDetail';
import { Icon } from './Icon';

/** One message under a field: a validator finding or an input that does not parse. */
export interface FieldMessage {
  severity: 'error' | 'warning';
  text: Localized;
}

/** Props of {@link FieldShell}. */
export interface FieldShellProps {
  /** The id of the control, so the label clicks through and findings can focus it. */
  id: string;
  label: Localized;
  help?: Localized;
  /** Raw names for developers (the field path, API values), folded under the help. */
  dev?: DeveloperFacts;
  required?: boolean;
  /** Right of the label: a byte counter, a unit, a hint. */
  aside?: ReactNode;
  messages?: readonly FieldMessage[];
  /** Put the label before the control on one line (switches). */
  inline?: boolean;
  /** Keep the label for assistive technology only (the section title already says it). */
  hideLabel?: boolean;
  children: ReactNode;
}

/** The ids a control should list in aria-describedby. */
export function describedBy(id: string, hasMessages: boolean, hasHelp: boolean, extra?: string): string | undefined {
  const ids = [hasMessages ? `${id}-msg` : '', hasHelp ? `${id}-help` : '', extra ?? ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/**
 * Label, control, inline findings and help line: the frame every editor field shares. The control
 * sits in an antd Form.Item, whose validateStatus paints antd inputs inside red or amber, with the
 * findings and help under it; the label row stays ours so a byte counter can sit beside the label
 * without joining the input's accessible name.
 */
export function FieldShell({ id, label, help, dev, required, aside, messages = [], inline, hideLabel, children }: FieldShellProps) {
  const t = useT();
  // A help line that only repeats the label is kept for assistive technology (its id stays valid).
  const helpRepeatsLabel = help !== undefined && t(help) === t(label);
  const worst = messages.some((m) => m.severity === 'error') ? 'error' : messages.length > 0 ? 'warning' : 'none';
  const head = (
    <div className="field__head">
      <label className={hideLabel ? 'field__label visually-hidden' : 'field__label'} htmlFor={id} id={`${id}-label`}>
        {t(label)}
        {required && <span className="field__required" aria-hidden="true">*</span>}
      </label>
      {aside}
    </div>
  );
  const helpLine = help && (
    <p className={helpRepeatsLabel ? 'visually-hidden' : 'field__help'} id={`${id}-help`}>
      {t(help)}
    </p>
  );
  const feedback =
    messages.length > 0 ? (
      <div className="field__messages" id={`${id}-msg`}>
        {messages.map((m, i) => (
          <p key={i} className={`field__msg field__msg--${m.severity}`} data-testid={`field-msg-${m.severity}`}>
            <Icon name={m.severity === 'error' ? 'error' : 'warning'} size={14} />
            <span>{t(m.text)}</span>
          </p>
        ))}
      </div>
    ) : undefined;
  // The findings go in Form.Item's extra, not its help: antd animates a help line out, so a fixed
  // finding would linger on screen (and in the DOM) after the input became valid.
  const item = (extra: ReactNode) => (
    <Form.Item className="field__item" validateStatus={worst === 'none' ? undefined : worst} extra={extra}>
      {children}
    </Form.Item>
  );
  // A switch row: label and help on the left, the switch (and any finding) on the right.
  if (inline) {
    return (
      <div className="field field--inline" data-state={worst}>
        <div className="field__text">
          {head}
          {helpLine}
          <DeveloperDetail facts={dev} />
        </div>
        {item(feedback)}
      </div>
    );
  }
  return (
    <div className="field" data-state={worst}>
      {head}
      {item(
        (feedback || helpLine || dev) && (
          <>
            {feedback}
            {helpLine}
            <DeveloperDetail facts={dev} />
          </>
        ),
      )}
    </div>
  );
}

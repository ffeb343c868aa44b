import { ExperimentOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Segmented } from 'antd';
import { useState, type ReactNode } from 'react';
import type { Localized } from '../../../../common/i18n';
import type { MerchantAccountView, MerchantVerification } from '../../../../common/ipc/channels/merchants';
import { useT } from '../../i18n';
import { merchantFormText as text } from '../../i18n/merchant-form-text';
import { useMerchantsStore, type MerchantFormField, type MerchantFormInput } from '../../stores/merchants-store';
import { checkMerchantForm, type MerchantFormProblems } from './merchant-form-check';
import { MerchantFileDrop } from './MerchantFileDrop';

function initialInput(merchant: MerchantAccountView | undefined): MerchantFormInput {
  return {
    name: merchant?.name ?? '',
    mchid: merchant?.mchid ?? '',
    serialNo: merchant && !merchant.hasCertificate ? merchant.serialNo : '',
    certificatePem: '',
    privateKeyPem: '',
    apiv3Key: '',
    verification: merchant?.verification ?? 'public-key',
    publicKeyId: merchant?.publicKeyId ?? '',
    publicKeyPem: '',
    appid: merchant?.appid ?? '',
  };
}

const ALL_FIELDS: readonly MerchantFormField[] = ['name', 'mchid', 'privateKey', 'certificatePem', 'serialNo', 'apiv3Key', 'publicKey', 'appid'];
const FOCUS_ID: Record<MerchantFormField, string> = {
  name: 'merchant-name',
  mchid: 'merchant-mchid',
  privateKey: 'merchant-key',
  certificatePem: 'merchant-cert',
  serialNo: 'merchant-serial',
  apiv3Key: 'merchant-apiv3',
  publicKey: 'merchant-pubkey-id',
  appid: 'merchant-appid',
};

/**
 * 添加 / 编辑微信支付商户 (issue 12): the merchant platform's files dropped in, the keys write-only.
 * Nothing typed is lost on a refusal: the fields keep their values and the message sits under the
 * field main or the local check named. Keys leave the window with the save and are cleared after.
 */
export function MerchantForm({ merchant, onCancel, onSaved }: { merchant?: MerchantAccountView; onCancel(): void; onSaved(merchantId: string): void }) {
  const t = useT();
  const { save, addSandbox, inspect } = useMerchantsStore.getState();
  const [input, setInput] = useState(() => initialInput(merchant));
  const [files, setFiles] = useState<Partial<Record<'privateKey' | 'certificate' | 'publicKey', string>>>({});
  const [readSerial, setReadSerial] = useState<string | null>(null);
  const [touched, setTouched] = useState<Partial<Record<MerchantFormField, boolean>>>({});
  const [server, setServer] = useState<MerchantFormProblems>({});
  const [formError, setFormError] = useState<Localized | null>(null);
  const [busy, setBusy] = useState(false);
  const editing = merchant ? { hasPublicKey: merchant.verification === 'public-key', publicKeyId: merchant.publicKeyId } : null;
  const local = checkMerchantForm(input, editing);
  const shown = (field: MerchantFormField) => server[field] ?? (touched[field] ? local[field] : undefined);

  const change = <K extends keyof MerchantFormInput>(key: K, value: MerchantFormInput[K], field: MerchantFormField) => {
    setInput((current) => ({ ...current, [key]: value }));
    setServer((current) => ({ ...current, [field]: undefined }));
  };
  const touch = (field: MerchantFormField) => setTouched((current) => ({ ...current, [field]: true }));

  /** Main reads the certificate's serial and checks the key against it as soon as both are there. */
  const inspectFiles = (next: MerchantFormInput) => {
    void inspect({ ...(next.certificatePem ? { certificatePem: next.certificatePem } : {}), ...(next.privateKeyPem ? { privateKeyPem: next.privateKeyPem } : {}) }).then((found) => {
      if (!found) return;
      setReadSerial(found.serialNo ?? null);
      const byField: MerchantFormProblems = {};
      for (const problem of found.problems) if (problem.field === 'privateKey' || problem.field === 'certificatePem') byField[problem.field] = problem.message;
      setServer((current) => ({ ...current, privateKey: byField.privateKey, certificatePem: byField.certificatePem }));
    });
  };
  const dropped = (kind: 'privateKey' | 'certificate' | 'publicKey', name: string, content: string) => {
    setFiles((current) => ({ ...current, [kind]: name }));
    const key = kind === 'privateKey' ? 'privateKeyPem' : kind === 'certificate' ? 'certificatePem' : 'publicKeyPem';
    const next = { ...input, [key]: content };
    setInput(next);
    const field: MerchantFormField = kind === 'certificate' ? 'certificatePem' : kind;
    touch(field);
    setServer((current) => ({ ...current, [field]: undefined }));
    if (kind !== 'publicKey') inspectFiles(next);
  };
  const refused = (field: MerchantFormField) => (message: Localized) => {
    touch(field);
    setServer((current) => ({ ...current, [field]: message }));
  };

  const submit = () => {
    setTouched(Object.fromEntries(ALL_FIELDS.map((f) => [f, true])));
    setFormError(null);
    const first = ALL_FIELDS.find((field) => local[field] ?? server[field]);
    if (first) {
      document.getElementById(FOCUS_ID[first])?.focus();
      return;
    }
    setBusy(true);
    void save(input, merchant?.id).then((outcome) => {
      setBusy(false);
      if (outcome.ok) {
        // The keys have gone to main: nothing of them stays in the window.
        setInput((current) => ({ ...current, privateKeyPem: '', apiv3Key: '', certificatePem: '', publicKeyPem: '' }));
        onSaved(outcome.merchantId);
        return;
      }
      // Only the refused field's message changes; every value stays as typed or dropped.
      setServer((current) => ({ ...current, ...outcome.fields }));
      setFormError(outcome.form ?? null);
      const refusedField = ALL_FIELDS.find((field) => outcome.fields[field]);
      if (refusedField) document.getElementById(FOCUS_ID[refusedField])?.focus();
    });
  };
  const useSandbox = () => {
    setBusy(true);
    void addSandbox().then((outcome) => {
      setBusy(false);
      if (outcome.ok) onSaved(outcome.merchantId);
      else setFormError(outcome.form ?? Object.values(outcome.fields)[0] ?? null);
    });
  };

  const item = (field: MerchantFormField, label: Localized, help: Localized | undefined, children: ReactNode, extra?: ReactNode) => {
    const problem = shown(field);
    return (
      <Form.Item
        label={t(label)}
        htmlFor={FOCUS_ID[field]}
        validateStatus={problem ? 'error' : undefined}
        help={problem ? <span data-testid={`merchant-error-${field}`}>{t(problem)}</span> : help ? t(help) : undefined}
        extra={extra}
      >
        {children}
      </Form.Item>
    );
  };

  const serialFromCert = readSerial && input.certificatePem !== '';
  return (
    <Form layout="vertical" className="merchant-form" data-testid="merchant-form" onFinish={submit} requiredMark={false} aria-labelledby="merchant-form-title">
      <header className="account-form__head">
        <h2 className="account-form__title" id="merchant-form-title">
          {t(merchant ? text.editTitle(merchant.name) : text.createTitle)}
        </h2>
        <p className="account-form__intro">{t(text.intro)}</p>
      </header>
      {!merchant && (
        <Alert
          type="info"
          showIcon
          icon={<ExperimentOutlined />}
          className="merchant-form__sandbox"
          title={t(text.sandboxTitle)}
          description={t(text.sandboxBody)}
          action={
            <Button onClick={useSandbox} disabled={busy} data-testid="use-sandbox-merchant">
              {t(text.sandboxButton)}
            </Button>
          }
        />
      )}
      {formError && <Alert type="error" showIcon role="alert" data-testid="merchant-form-error" title={t(formError)} />}
      <section className="detail-card">
        <div className="grid-2">
          {item('name', text.name, text.nameHelp, <Input id="merchant-name" value={input.name} placeholder={t(text.namePlaceholder)} onChange={(e) => change('name', e.target.value, 'name')} onBlur={() => touch('name')} data-testid="merchant-name" />)}
          {item(
            'mchid',
            text.mchid,
            text.mchidHelp,
            <Input id="merchant-mchid" className="mono" value={input.mchid} inputMode="numeric" disabled={merchant !== undefined} placeholder="1900009231" onChange={(e) => change('mchid', e.target.value, 'mchid')} onBlur={() => touch('mchid')} data-testid="merchant-mchid" />,
          )}
        </div>
        {item(
          'privateKey',
          text.key,
          text.keyHelp,
          <MerchantFileDrop id="merchant-key" testId="merchant-key-drop" fileName={files.privateKey ?? null} kept={merchant ? text.keyKept : undefined} onFile={(name, content) => dropped('privateKey', name, content)} onRefused={refused('privateKey')} />,
        )}
        <div className="grid-2">
          {item(
            'certificatePem',
            text.cert,
            text.certHelp,
            <MerchantFileDrop id="merchant-cert" testId="merchant-cert-drop" fileName={files.certificate ?? null} onFile={(name, content) => dropped('certificate', name, content)} onRefused={refused('certificatePem')} />,
          )}
          {item(
            'serialNo',
            text.serial,
            serialFromCert ? text.serialRead(readSerial) : text.serialHelp,
            <Input
              id="merchant-serial"
              className="mono"
              value={serialFromCert ? readSerial : input.serialNo}
              disabled={Boolean(serialFromCert)}
              placeholder="5A2B3C4D5E6F708192A3B4C5D6E7F8091A2B3C4D"
              spellCheck={false}
              onChange={(e) => change('serialNo', e.target.value, 'serialNo')}
              onBlur={() => touch('serialNo')}
              data-testid="merchant-serial"
            />,
          )}
        </div>
        {item(
          'apiv3Key',
          text.apiv3,
          merchant ? text.apiv3Kept : text.apiv3Help,
          <Input.Password id="merchant-apiv3" className="mono" value={input.apiv3Key} autoComplete="new-password" visibilityToggle={false} onChange={(e) => change('apiv3Key', e.target.value, 'apiv3Key')} onBlur={() => touch('apiv3Key')} data-testid="merchant-apiv3" />,
        )}
        <Form.Item label={t(text.verification)} help={t(input.verification === 'public-key' ? text.verificationHelpPublicKey : text.verificationHelpCertificate)}>
          <Segmented<MerchantVerification>
            value={input.verification}
            onChange={(value) => change('verification', value, 'publicKey')}
            options={[
              { value: 'public-key', label: t(text.verificationPublicKey) },
              { value: 'certificate', label: t(text.verificationCertificate) },
            ]}
            data-testid="merchant-verification"
          />
        </Form.Item>
        {input.verification === 'public-key' && (
          <div className="grid-2">
            <Form.Item label={t(text.publicKey)} htmlFor="merchant-pubkey">
              <MerchantFileDrop
                id="merchant-pubkey"
                testId="merchant-pubkey-drop"
                fileName={files.publicKey ?? null}
                kept={merchant?.verification === 'public-key' ? text.publicKeyKept : undefined}
                onFile={(name, content) => dropped('publicKey', name, content)}
                onRefused={refused('publicKey')}
              />
            </Form.Item>
            {item(
              'publicKey',
              text.publicKeyId,
              text.publicKeyIdHelp,
              <Input id="merchant-pubkey-id" className="mono" value={input.publicKeyId} placeholder="PUB_KEY_ID_0119000092312026120300000000000001" spellCheck={false} onChange={(e) => change('publicKeyId', e.target.value, 'publicKey')} onBlur={() => touch('publicKey')} data-testid="merchant-pubkey-id" />,
            )}
          </div>
        )}
        {item('appid', text.appid, text.appidHelp, <Input id="merchant-appid" className="mono" value={input.appid} placeholder="wx8d3f5a7c1e9b2046" spellCheck={false} onChange={(e) => change('appid', e.target.value, 'appid')} onBlur={() => touch('appid')} data-testid="merchant-appid" />)}
      </section>
      <footer className="account-form__actions">
        <Button onClick={onCancel}>{t(text.cancel)}</Button>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="save-merchant">
          {t(busy ? text.saving : merchant ? text.save : text.create)}
        </Button>
      </footer>
    </Form>
  );
}

import { Alert, Button, Steps, type StepsProps } from 'antd';
import { formatChinaDateTime } from '../../../../common/units/china-time';
import { MERCHANT_TEST_STEPS, type MerchantConnectionReportView, type MerchantTestStep } from '../../../../common/ipc/channels/merchants';
import { DeveloperDetail, type DeveloperRow } from '../../components/DeveloperDetail';
import { useT } from '../../i18n';
import { merchantFormText as text } from '../../i18n/merchant-form-text';
import type { MerchantConnectionState } from '../../stores/merchants-store';

type Failed = Extract<MerchantConnectionReportView, { status: 'failed' }>;
type StepStatus = NonNullable<StepsProps['items']>[number]['status'];

/** The API each step stands for, for the developer detail only. */
const ENDPOINTS = 'GET /v3/certificates · GET /v3/marketing/busifavor/callbacks';

/** Each step's state: the ones before the failed step passed, the failed one is red, the rest did not run. */
function statusOf(step: MerchantTestStep, report: MerchantConnectionReportView | null): StepStatus {
  if (!report) return 'wait';
  if (report.status === 'connected') return 'finish';
  const failedAt = MERCHANT_TEST_STEPS.indexOf(report.step);
  const at = MERCHANT_TEST_STEPS.indexOf(step);
  return at < failedAt ? 'finish' : at === failedAt ? 'error' : 'wait';
}

/** The step antd marks as current: the failed one, else past the last (so none is highlighted as running). */
function currentStep(state: MerchantConnectionState): number {
  if (state.status !== 'done') return 0;
  return state.report.status === 'failed' ? MERCHANT_TEST_STEPS.indexOf(state.report.step) : MERCHANT_TEST_STEPS.length;
}

function developerRows(report: Failed): DeveloperRow[] {
  return [
    { label: text.devStage, code: `${report.stage}:${report.cause}` },
    ...(report.developer ? [{ label: text.devCode, code: report.developer.code }, { label: text.devMessage, code: report.developer.message }] : []),
    ...(report.developer?.truncatedSignMessage ? [{ label: text.devSignMessage, code: report.developer.truncatedSignMessage }] : []),
    { label: text.devEndpoint, code: ENDPOINTS },
  ];
}

/**
 * 测试连接 for a merchant (issue 12): 签名 → 发送 → 验证应答签名 → 解密 as antd Steps, each with its
 * state; a failure says the cause in the merchant's words, what to do and where in 商户平台, with
 * WeChat Pay's code and message folded away under 开发者信息.
 */
export function MerchantConnectionSteps({ state, onEdit, onRetry }: { state: MerchantConnectionState; onEdit?: (() => void) | undefined; onRetry(): void }) {
  const t = useT();
  const report = state.status === 'done' ? state.report : null;
  if (state.status === 'error') {
    return <Alert type="error" showIcon role="alert" data-testid="merchant-connection" data-state="error" title={t(text.failed)} description={t(state.error)} />;
  }
  const okContent = (step: MerchantTestStep): string | undefined => {
    if (report?.status !== 'connected') return undefined;
    if (step === 'sign') return t(text.stepOk.sign);
    if (step === 'send') return t(text.stepOk.send);
    if (step === 'verify') return t(text.stepOk.verify(report.answeredBy));
    return t(report.apiv3Key === 'decrypted' ? text.stepOk.decrypted(report.platformCertificates) : text.stepOk.notCheckable);
  };
  const items = MERCHANT_TEST_STEPS.map((step) => {
    const status = state.status === 'testing' ? (step === 'sign' ? 'process' : 'wait') : statusOf(step, report);
    const content = report?.status === 'failed' ? (status === 'error' ? t(text.stepFailed) : status === 'wait' ? t(text.stepSkipped) : undefined) : okContent(step);
    return { key: step, title: <span data-testid={`merchant-step-${step}`} data-status={status}>{t(text.steps[step])}</span>, status, ...(content ? { content } : {}) };
  });
  return (
    <section
      className={`result merchant-connection merchant-connection--${state.status === 'testing' ? 'testing' : (report?.status ?? 'testing')}`}
      aria-live="polite"
      data-testid="merchant-connection"
      data-state={state.status === 'testing' ? 'testing' : report?.status}
    >
      <header className="result__head">
        <h4 className="result__title">{state.status === 'testing' ? t(text.testing) : report?.status === 'connected' ? t(text.connected) : t(text.failed)}</h4>
        {report?.status === 'connected' && <span className="result__time">{t(text.verifiedAt(formatChinaDateTime(Math.floor(report.verifiedAt / 1000))))}</span>}
      </header>
      <Steps orientation="vertical" size="small" current={currentStep(state)} items={items} className="merchant-connection__steps" />
      {report?.status === 'failed' && (
        <div role="alert" className="merchant-connection__failure">
          <dl className="result__explain">
            <dt>{t(text.meaning)}</dt>
            <dd data-testid="merchant-meaning">{t(report.meaning)}</dd>
            <dt>{t(text.fix)}</dt>
            <dd data-testid="merchant-fix">{t(report.fix)}</dd>
            {report.menuPath && (
              <>
                <dt>{t(text.menuPath)}</dt>
                <dd className="merchant-connection__path" data-testid="merchant-menu-path">
                  {t(report.menuPath)}
                </dd>
              </>
            )}
          </dl>
          <DeveloperDetail facts={{ rows: developerRows(report) }} />
          <footer className="result__actions">
            {report.field && onEdit && (
              <Button size="small" type="primary" onClick={onEdit} data-testid="merchant-fix-settings">
                {t(text.changeField)}
              </Button>
            )}
            <Button size="small" onClick={onRetry}>
              {t(text.again)}
            </Button>
          </footer>
        </div>
      )}
    </section>
  );
}

import { Alert, Button, Card, Col, Empty, Form, Input, Row, Select, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import type { ApplyVoucherValues } from './apply-voucher-model';
import { ProgrammeTerms } from './ProgrammeTerms';
import { useApplyVoucher } from './use-apply-voucher';

/** 申请算力券: an open programme, its terms, the amount in yuan, the purpose and optionally a project. */
export function ApplyVoucherPage() {
  const { t } = useTranslation();
  const model = useApplyVoucher();
  const { form, programmes, programme, projects } = model;
  const body = model.loading ? (
    <Skeleton active paragraph={{ rows: 6 }} />
  ) : programmes.length === 0 ? (
    <Empty description={t('billingPortal.noOpenProgramme')} data-testid="apply-no-programme" />
  ) : (
    <Form<ApplyVoucherValues>
      form={form}
      layout="vertical"
      onFinish={model.onFinish}
      onValuesChange={model.clearSubmitted}
      initialValues={{ programmeId: programmes.length === 1 ? programmes[0]!.id : undefined }}
      data-testid="apply-voucher-form"
    >
      {model.formError && <Alert type="error" showIcon title={model.formError} style={{ marginBottom: 12 }} data-testid="apply-error" />}
      <Form.Item name="programmeId" label={t('billingPortal.programme')} rules={[{ required: true, message: t('billingPortal.programmeRequired') }]}>
        <Select data-testid="apply-programme" options={programmes.map((p) => ({ value: p.id, label: p.name }))} />
      </Form.Item>
      {programme && <ProgrammeTerms programme={programme} />}
      <Form.Item name="amount" label={t('billingPortal.amountYuan')} required rules={[model.amountRule]} extra={t('billingPortal.amountHint')}>
        <Input inputMode="decimal" prefix="¥" placeholder="50000" data-testid="apply-amount" />
      </Form.Item>
      <Form.Item name="purpose" label={t('billingPortal.purpose')} rules={[{ required: true, whitespace: true, message: t('billingPortal.purposeRequired') }]}>
        <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('billingPortal.purposePlaceholder')} data-testid="apply-purpose" />
      </Form.Item>
      <Form.Item name="projectId" label={t('billingPortal.projectOptional')}>
        <Select allowClear data-testid="apply-project" placeholder={t('billingPortal.projectPlaceholder')} options={projects.map((p) => ({ value: p.id, label: p.name }))} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={model.applying} data-testid="apply-submit">
        {t('billingPortal.applySubmit')}
      </Button>
    </Form>
  );
  return (
    <div data-testid="apply-voucher-page">
      <PageHeader title={t('billingPortal.applyTitle')} subtitle={t('billingPortal.applySubtitle')} extra={<Link to="/portal/vouchers">{t('billingPortal.vouchersTitle')}</Link>} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card>
            {model.error && <Alert type="error" showIcon title={describeRequestError(model.error, t)} style={{ marginBottom: 12 }} />}
            {model.submitted && (
              <Alert type="success" showIcon style={{ marginBottom: 16 }} title={t('billingPortal.appliedTitle')} description={t('billingPortal.appliedNext')} data-testid="apply-submitted" />
            )}
            {body}
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('billingPortal.howItWorks')}>
            <ol className="apply-steps" style={{ paddingInlineStart: 20, margin: 0 }}>
              <li>{t('billingPortal.step1')}</li>
              <li>{t('billingPortal.step2')}</li>
              <li>{t('billingPortal.step3')}</li>
            </ol>
          </Card>
        </Col>
      </Row>
    </div>
  );
}

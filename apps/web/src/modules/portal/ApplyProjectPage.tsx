import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { CARD_NEED_MAX, CARD_TYPE_MAX_LENGTH, COOPERATION_MODES } from '@suanli/domain';
import { Alert, App, AutoComplete, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import { PageHeader } from '../../shared/ui/PageHeader';
import { budgetFenOf, formFieldOf, isCardCount, toApplyInput, type ApplyValues } from './apply-input';
import { ApplyCardTypesQuery, ApplyForProjectMutation, MyOrganisationQuery, MyProjectsQuery } from './portal.operations';

/** The API's limit on the platform text (ApplyForProjectInput.sourcePlatform). */
const SOURCE_PLATFORM_MAX = 60;

export function ApplyProjectPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ApplyValues>();
  // budgetFen is typed as CNY in budgetCny; the other fields keep their names.
  const showing = useUserErrorForm(form, { fieldOf: formFieldOf });
  const formError = showing.formError;
  const navigate = useNavigate();
  const [mutate, { loading }] = useMutation(ApplyForProjectMutation, { refetchQueries: [MyProjectsQuery, MyOrganisationQuery] });
  const { data: cardTypeData } = useQuery(ApplyCardTypesQuery);
  const cardTypes = [...new Set(cardTypeData?.clusters.flatMap((cluster) => cluster.cardTypes) ?? [])];

  // The form is never reset on an error: what the founder typed stays for them to correct.
  const onFinish = async (values: ApplyValues) => {
    const payload = await showing.submit(async () => (await mutate({ variables: { input: toApplyInput(values) } })).data?.applyForProject);
    if (!payload) return;
    void message.success(t('portal.applySuccess'));
    // The project page then shows the founder what happens next (ApplicationNextSteps).
    navigate(payload.project ? `/portal/projects/${payload.project.id}` : '/portal');
  };

  return (
    <div className="apply-page">
      <div className="page-back">
        <Link to="/portal">
          <ArrowLeftOutlined /> {t('common.back')}
        </Link>
      </div>
      <PageHeader title={t('portal.applyTitle')} />
      <Card style={{ maxWidth: 760 }}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Alert type="info" showIcon title={t('portal.applyIntro')} />
          {formError && <Alert type="error" showIcon title={formError} data-testid="apply-error" />}
          <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ cooperationModes: [] }}>
            <Form.Item name="name" label={t('portal.applyName')} rules={[{ required: true, whitespace: true, message: t('portal.applyNameRequired') }]}>
              <Input maxLength={120} showCount data-testid="apply-name" />
            </Form.Item>
            <Form.Item
              name="summary"
              label={t('portal.applySummary')}
              rules={[{ required: true, whitespace: true, message: t('portal.applySummaryRequired') }]}
            >
              <Input.TextArea rows={5} maxLength={4000} showCount placeholder={t('portal.applySummaryPlaceholder')} data-testid="apply-summary" />
            </Form.Item>
            <Form.Item
              name="cooperationModes"
              label={t('portal.applyModes')}
              rules={[{ required: true, type: 'array', min: 1, message: t('portal.applyModesRequired') }]}
            >
              <Checkbox.Group
                options={COOPERATION_MODES.map((mode) => ({ value: mode, label: t(`enums.CooperationMode.${mode}`) }))}
                data-testid="apply-modes"
              />
            </Form.Item>
            <Form.Item name="sourcePlatform" label={t('portal.applySource')} extra={t('portal.applySourceHint')}>
              <Input placeholder={t('portal.applySourcePlaceholder')} maxLength={SOURCE_PLATFORM_MAX} data-testid="apply-source" />
            </Form.Item>
            <CardNeedFields cardTypes={cardTypes} />
            <Form.Item
              name="budgetCny"
              label={t('portal.applyBudget')}
              extra={t('portal.applyBudgetHint')}
              rules={[{ validator: async (_, value?: string) => { if (budgetFenOf(value) === undefined) throw new Error(t('portal.applyBudgetInvalid')); } }]}
            >
              <Input prefix="¥" inputMode="decimal" placeholder="200000" style={{ maxWidth: 240 }} data-testid="apply-budget" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={loading} data-testid="apply-submit">
              {t('common.submit')}
            </Button>
          </Form>
        </Space>
      </Card>
    </div>
  );
}

/** Card type and count go together: each asks for the other once one is given. */
function CardNeedFields({ cardTypes }: { cardTypes: string[] }) {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col xs={24} sm={14}>
        <Form.Item
          name="cardType"
          label={t('portal.applyCardType')}
          dependencies={['cardCountEstimate']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_, value?: string) => {
                if (!value?.trim() && getFieldValue('cardCountEstimate') != null) throw new Error(t('portal.applyCardTypeRequired'));
              },
            }),
          ]}
        >
          <AutoComplete
            options={cardTypes.map((cardType) => ({ value: cardType }))}
            placeholder={t('portal.applyCardTypePlaceholder')}
            maxLength={CARD_TYPE_MAX_LENGTH}
            data-testid="apply-card-type"
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={10}>
        <Form.Item
          name="cardCountEstimate"
          label={t('portal.applyCardCount')}
          dependencies={['cardType']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_, value?: number | null) => {
                if (!isCardCount(value)) throw new Error(t('portal.applyCardCountRange', { max: CARD_NEED_MAX }));
                if (value == null && getFieldValue('cardType')?.trim()) throw new Error(t('portal.applyCardCountRequired'));
              },
            }),
          ]}
        >
          <InputNumber precision={0} style={{ width: '100%' }} data-testid="apply-card-count" />
        </Form.Item>
      </Col>
    </Row>
  );
}

import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { COOPERATION_MODES } from '@suanli/domain';
import { Alert, App, Button, Card, Checkbox, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { CooperationMode } from '../../gql/graphql';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { describeUserError, userErrorField } from '../../shared/lib/user-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { ApplyForProjectMutation, MyOrganisationQuery, MyProjectsQuery } from './portal.operations';

interface Values {
  name: string;
  summary: string;
  cooperationModes: CooperationMode[];
  sourcePlatform?: string;
}

const FIELDS: readonly (keyof Values)[] = ['name', 'summary', 'cooperationModes', 'sourcePlatform'];

export function ApplyProjectPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [mutate, { loading }] = useMutation(ApplyForProjectMutation, { refetchQueries: [MyProjectsQuery, MyOrganisationQuery] });

  const onFinish = async (values: Values) => {
    setFormError(null);
    try {
      const source = values.sourcePlatform?.trim();
      const { data } = await mutate({
        variables: {
          input: {
            name: values.name.trim(),
            summary: values.summary.trim(),
            cooperationModes: values.cooperationModes,
            ...(source ? { sourcePlatform: source } : {}),
          },
        },
      });
      const payload = data?.applyForProject;
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        const general: string[] = [];
        for (const userError of payload.userErrors) {
          const field = userErrorField(userError) as keyof Values | undefined;
          if (field && FIELDS.includes(field)) form.setFields([{ name: field, errors: [describeUserError(userError, t)] }]);
          else general.push(describeUserError(userError, t));
        }
        if (general.length > 0) setFormError(general.join('；'));
        return;
      }
      void message.success(t('portal.applySuccess'));
      navigate(payload.project ? `/portal/projects/${payload.project.id}` : '/portal');
    } catch (error) {
      setFormError(describeRequestError(error, t));
    }
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
            <Form.Item name="sourcePlatform" label={t('portal.applySource')}>
              <Input placeholder={t('portal.applySourcePlaceholder')} maxLength={200} data-testid="apply-source" />
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

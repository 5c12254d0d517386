import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { INDUSTRIES, ORGANISATION_KINDS, SENSITIVITY_TIERS, type Industry, type OrganisationKind, type SensitivityTier } from '@suanli/domain';
import { Alert, App, Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import { CreateOrganisationMutation } from './accounts.operations';

interface Values {
  name: string;
  kind: OrganisationKind;
  industry: Industry;
  sensitivityTier: SensitivityTier;
}


/** Managers register a new organisation; its founders are invited next. */
export function CreateOrganisationDialog({ onCreated }: { onCreated: (id: string, name: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const { formError: error, submit, clearError } = useUserErrorForm(form);
  const [create, { loading }] = useMutation(CreateOrganisationMutation);

  const close = () => {
    setOpen(false);
    clearError();
    form.resetFields();
  };

  const onSubmit = async (values: Values) => {
    const payload = await submit(async () => (await create({ variables: { input: { ...values, name: values.name.trim() } } })).data?.createOrganisation);
    if (!payload?.organisation) return;
    void message.success(t('organisationAdmin.created', { name: payload.organisation.name }));
    close();
    onCreated(payload.organisation.id, payload.organisation.name);
  };

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="create-organisation-open">
        {t('organisationAdmin.create')}
      </Button>
      <Modal
        open={open}
        title={t('organisationAdmin.create')}
        onCancel={close}
        onOk={() => form.submit()}
        okText={t('common.submit')}
        confirmLoading={loading}
        okButtonProps={{ 'data-testid': 'create-organisation-submit' }}
        destroyOnHidden
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form<Values> form={form} layout="vertical" onFinish={onSubmit} initialValues={{ kind: 'STARTUP', sensitivityTier: 'STANDARD' }}>
          <Form.Item name="name" label={t('organisations.name')} rules={[{ required: true, whitespace: true, min: 2, max: 80, message: t('organisationAdmin.nameRule') }]}>
            <Input maxLength={80} data-testid="create-organisation-name" />
          </Form.Item>
          <Form.Item name="kind" label={t('organisations.kind')} rules={[{ required: true }]}>
            <Select
              options={ORGANISATION_KINDS.filter((k) => k !== 'CENTRE').map((kind) => ({ value: kind, label: t(`enums.OrganisationKind.${kind}`) }))}
              data-testid="create-organisation-kind"
            />
          </Form.Item>
          <Form.Item name="industry" label={t('organisations.industry')} rules={[{ required: true, message: t('organisationAdmin.industryRule') }]}>
            <Select options={INDUSTRIES.map((industry) => ({ value: industry, label: t(`enums.Industry.${industry}`) }))} data-testid="create-organisation-industry" />
          </Form.Item>
          <Form.Item name="sensitivityTier" label={t('organisations.tier')}>
            <Select options={SENSITIVITY_TIERS.map((tier) => ({ value: tier, label: t(`enums.SensitivityTier.${tier}`) }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

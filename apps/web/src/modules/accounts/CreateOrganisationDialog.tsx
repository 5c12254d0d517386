import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { INDUSTRIES, ORGANISATION_KINDS, SENSITIVITY_TIERS, type Industry, type OrganisationKind, type SensitivityTier } from '@suanli/domain';
import { Alert, App, Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { describeUserError, userErrorField } from '../../shared/lib/user-errors';
import { CreateOrganisationMutation } from './accounts.operations';

interface Values {
  name: string;
  kind: OrganisationKind;
  industry: Industry;
  sensitivityTier: SensitivityTier;
}

const FIELDS = ['name', 'kind', 'industry', 'sensitivityTier'];

/** Managers register a new organisation; its founders are invited next. */
export function CreateOrganisationDialog({ onCreated }: { onCreated: (id: string, name: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const [create, { loading }] = useMutation(CreateOrganisationMutation);

  const close = () => {
    setOpen(false);
    setError(null);
    form.resetFields();
  };

  const submit = async (values: Values) => {
    setError(null);
    try {
      const { data } = await create({ variables: { input: { ...values, name: values.name.trim() } } });
      const payload = data?.createOrganisation;
      if (!payload) return;
      if (payload.userErrors.length > 0 || !payload.organisation) {
        const onFields = payload.userErrors.filter((e) => FIELDS.includes(userErrorField(e) ?? ''));
        form.setFields(onFields.map((e) => ({ name: userErrorField(e) as keyof Values, errors: [describeUserError(e, t)] })));
        const general = payload.userErrors.filter((e) => !onFields.includes(e));
        if (general.length > 0) setError(general.map((e) => describeUserError(e, t)).join('；'));
        return;
      }
      void message.success(t('organisationAdmin.created', { name: payload.organisation.name }));
      close();
      onCreated(payload.organisation.id, payload.organisation.name);
    } catch (requestError) {
      setError(describeRequestError(requestError, t));
    }
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
        <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'STARTUP', sensitivityTier: 'STANDARD' }}>
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

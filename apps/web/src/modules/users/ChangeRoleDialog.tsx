import { useMutation } from '@apollo/client/react';
import { Alert, Form, Modal, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../gql/graphql';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import { PERSON_ROLES } from './person-roles';
import { ChangeUserRoleMutation } from './users.operations';

export interface RoleChangeTarget {
  id: string;
  displayName: string;
  role: Role;
  organisationId: string | null;
}

interface Props {
  target: RoleChangeTarget | null;
  organisations: { id: string; name: string; kind: string }[];
  onClose: () => void;
  onChanged: (name: string) => void;
}

interface Values {
  role: Role;
  organisationId?: string;
}

/** Role and organisation together, as the server checks them: a founder needs a customer organisation. */
export function ChangeRoleDialog({ target, organisations, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { formError, clearError, submit } = useUserErrorForm(form);
  const [mutate, { loading }] = useMutation(ChangeUserRoleMutation);
  const role = Form.useWatch('role', form);

  useEffect(() => {
    if (target) {
      form.setFieldsValue({ role: target.role, organisationId: target.organisationId ?? undefined });
      clearError();
    }
  }, [target, form]);

  const onOk = async () => {
    if (!target) return;
    const values = await form.validateFields();
    const payload = await submit(
      async () =>
        (await mutate({ variables: { input: { userId: target.id, role: values.role, organisationId: values.organisationId ?? null } } })).data?.changeUserRole,
    );
    if (payload) onChanged(target.displayName);
  };

  // Founders pick among customer organisations; staff stay with the centre's (or none).
  const choices = organisations.filter((o) => (role === 'FOUNDER' ? o.kind !== 'CENTRE' : o.kind === 'CENTRE'));

  return (
    <Modal
      open={Boolean(target)}
      title={target ? t('users.changeRoleTitle', { name: target.displayName }) : undefined}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      onOk={() => void onOk()}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'change-role-submit' }}
    >
      <Typography.Paragraph type="secondary">{t('users.changeRoleNote')}</Typography.Paragraph>
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} data-testid="change-role-error" />}
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="role" label={t('users.role')} rules={[{ required: true }]}>
          <Select<Role>
            options={PERSON_ROLES.map((value) => ({ value, label: t(`enums.Role.${value}`) }))}
            onChange={() => form.setFieldValue('organisationId', undefined)}
            data-testid="change-role-role"
          />
        </Form.Item>
        <Form.Item
          name="organisationId"
          label={t('users.organisation')}
          rules={[{ required: role === 'FOUNDER', message: t('users.organisationRequired') }]}
        >
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={choices.map((o) => ({ value: o.id, label: o.name }))}
            data-testid="change-role-organisation"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { ClusterOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import { CreateClusterMutation } from './compute.operations';

interface Values {
  name: string;
  description?: string;
}

interface Props {
  /** Called with the new cluster's id, so the page can switch to it and reload. */
  onCreated: (clusterId: string) => void;
}

/** Managers set up a new, empty cluster; its nodes are added next with AddNodesDialog. */
export function CreateClusterDialog({ onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  // Errors on the name go under the field; the rest in the alert.
  const showing = useUserErrorForm(form);
  const [createCluster, { loading }] = useMutation(CreateClusterMutation);

  const close = () => {
    setOpen(false);
    showing.clearError();
    form.resetFields();
  };

  const submit = async (values: Values) => {
    const payload = await showing.submit(async () =>
      (await createCluster({ variables: { input: { name: values.name.trim(), description: values.description?.trim() || null } } })).data?.createCluster,
    );
    if (!payload?.cluster) return;
    void message.success(t('compute.createCluster.done', { name: payload.cluster.name }));
    close();
    onCreated(payload.cluster.id);
  };

  return (
    <>
      <Button icon={<ClusterOutlined />} onClick={() => setOpen(true)} data-testid="create-cluster-open">
        {t('compute.createCluster.open')}
      </Button>
      <Modal
        open={open}
        title={t('compute.createCluster.title')}
        onCancel={close}
        onOk={() => form.submit()}
        okText={t('compute.createCluster.submit')}
        confirmLoading={loading}
        okButtonProps={{ 'data-testid': 'create-cluster-submit' }}
        destroyOnHidden
      >
        {showing.formError && <Alert type="error" showIcon title={showing.formError} style={{ marginBottom: 12 }} />}
        <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="create-cluster-form">
          <Form.Item
            name="name"
            label={t('compute.createCluster.name')}
            extra={t('compute.createCluster.nameHint')}
            rules={[{ required: true, whitespace: true, min: 2, max: 60, message: t('compute.createCluster.nameRule') }]}
          >
            {/* A counter, not maxLength: a pasted paragraph must be refused with a reason, not cut silently. */}
            <Input count={{ show: true, max: 60 }} placeholder={t('compute.createCluster.namePlaceholder')} data-testid="create-cluster-name" />
          </Form.Item>
          <Form.Item name="description" label={t('compute.createCluster.description')} rules={[{ max: 500 }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

import { ClusterOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { describeUserError, userErrorField } from '../../shared/lib/user-errors';
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
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const [createCluster, { loading }] = useMutation(CreateClusterMutation);

  const close = () => {
    setOpen(false);
    setError(null);
    form.resetFields();
  };

  const submit = async (values: Values) => {
    setError(null);
    try {
      const result = await createCluster({
        variables: { input: { name: values.name.trim(), description: values.description?.trim() || null } },
      });
      const payload = result.data?.createCluster;
      if (!payload) return;
      if (payload.userErrors.length > 0 || !payload.cluster) {
        const onName = payload.userErrors.filter((e) => userErrorField(e) === 'name');
        if (onName.length > 0) form.setFields([{ name: 'name', errors: onName.map((e) => describeUserError(e, t)) }]);
        const other = payload.userErrors.filter((e) => userErrorField(e) !== 'name');
        if (other.length > 0) setError(other.map((e) => describeUserError(e, t)).join(t('request.listSeparator')));
        return;
      }
      void message.success(t('compute.createCluster.done', { name: payload.cluster.name }));
      close();
      onCreated(payload.cluster.id);
    } catch (requestError) {
      setError(describeRequestError(requestError, t));
    }
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
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
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

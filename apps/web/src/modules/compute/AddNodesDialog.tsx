import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { describeUserError, joinMessages } from '../../shared/lib/user-errors';
import type { AddNodesInput } from '../../gql/graphql';
import { AddNodesMutation } from './compute.operations';

/** The mutation's input from the generated types; the dialog supplies the cluster, the form the rest. */
type Values = Required<Omit<AddNodesInput, 'clusterId'>>;

interface Props {
  clusterId: string;
  onAdded: () => void;
}

/** Managers grow the inventory: identical servers added to a cluster in one step. */
export function AddNodesDialog({ clusterId, onAdded }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const [addNodes, { loading }] = useMutation(AddNodesMutation);

  const submit = async (values: Values) => {
    setError(null);
    try {
      const result = await addNodes({ variables: { input: { clusterId, ...values, cardType: values.cardType.trim() } } });
      const payload = result.data?.addNodes;
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        setError(joinMessages(payload.userErrors.map((e) => describeUserError(e, t)), t));
        return;
      }
      void message.success(t('compute.addNodes.done', { count: values.count }));
      setOpen(false);
      form.resetFields();
      onAdded();
    } catch (requestError) {
      setError(describeRequestError(requestError, t));
    }
  };

  return (
    <>
      <Button icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="add-nodes-open">
        {t('compute.addNodes.open')}
      </Button>
      <Modal
        open={open}
        title={t('compute.addNodes.title')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('compute.addNodes.submit')}
        confirmLoading={loading}
        okButtonProps={{ 'data-testid': 'add-nodes-submit' }}
        destroyOnHidden
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ count: 1, cardType: 'Ascend 910B', cardsPerNode: 8, domainSize: 8, memoryGb: 64, namePrefix: 'ascend-910b' }}
          data-testid="add-nodes-form"
        >
          <Form.Item name="cardType" label={t('compute.addNodes.cardType')} rules={[{ required: true, min: 2, max: 40 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="count" label={t('compute.addNodes.count')} rules={[{ required: true }]}>
            <InputNumber min={1} max={200} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="cardsPerNode" label={t('compute.addNodes.cardsPerNode')} rules={[{ required: true }]}>
            <InputNumber min={1} max={64} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="domainSize" label={t('compute.addNodes.domainSize')} extra={t('compute.addNodes.domainHint')} rules={[{ required: true }]}>
            <InputNumber min={1} max={64} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="memoryGb" label={t('compute.addNodes.memoryGb')} rules={[{ required: true }]}>
            <InputNumber min={1} max={1024} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="namePrefix"
            label={t('compute.addNodes.namePrefix')}
            rules={[{ required: true, pattern: /^[a-z0-9-]{2,20}$/, message: t('compute.addNodes.namePrefixRule') }]}
          >
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

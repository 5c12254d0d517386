import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Descriptions, Form, Input, Modal, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { describeUserError } from '../../shared/lib/user-errors';
import type { GridNode } from './cluster-grid-model';
import { DrainNodeMutation, RestoreNodeMutation } from './compute.operations';

interface Props {
  node: GridNode | null;
  canDrain: boolean;
  onClose: () => void;
  /** Called after a drain or restore so the grid reloads. */
  onChanged: () => void;
}

/** A node's details; staff drain it (with a reason, running work finishes) or restore it. */
export function NodeDialog({ node, canDrain, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<string | null>(null);
  const [drain, drainState] = useMutation(DrainNodeMutation);
  const [restore, restoreState] = useMutation(RestoreNodeMutation);

  const close = () => {
    setError(null);
    form.resetFields();
    onClose();
  };

  const run = async (action: () => Promise<{ userErrors: readonly { code: string; message: string }[] } | undefined>, done: string) => {
    setError(null);
    try {
      const payload = await action();
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        setError(payload.userErrors.map((e) => describeUserError(e, t)).join('；'));
        return;
      }
      void message.success(done);
      onChanged();
      close();
    } catch (requestError) {
      setError(describeRequestError(requestError, t));
    }
  };

  const held = node?.cards.filter((card) => card.holder).length ?? 0;
  const failed = node?.cards.filter((card) => card.health === 'FAILED').length ?? 0;

  return (
    <Modal open={node !== null} title={node ? t('compute.nodeTitle', { name: node.name }) : ''} onCancel={close} footer={null} destroyOnHidden>
      {node && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="node-dialog" data-node-id={node.id}>
          <Descriptions
            size="small"
            column={2}
            items={[
              { key: 'type', label: t('compute.cardType'), children: node.cardType },
              { key: 'cards', label: t('compute.cardsPerNode'), children: node.cardsPerNode },
              { key: 'domain', label: t('compute.domainSize'), children: node.domainSize },
              { key: 'held', label: t('compute.heldCards'), children: `${held} / ${node.cards.length}` },
              {
                key: 'state',
                label: t('compute.nodeState'),
                span: 2,
                children: (
                  <Space size={4} wrap>
                    {node.drained ? <Tag color="default">{t('compute.drained')}</Tag> : <Tag color="success">{t('compute.inService')}</Tag>}
                    {failed > 0 && <Tag color="error">{t('compute.failedCards', { count: failed })}</Tag>}
                  </Space>
                ),
              },
              ...(node.drained && node.drainReason
                ? [{ key: 'reason', label: t('compute.drainReason'), span: 2, children: node.drainReason }]
                : []),
            ]}
          />
          {error && <Alert type="error" showIcon title={error} data-testid="node-error" />}
          {canDrain &&
            (node.drained ? (
              <Button
                type="primary"
                loading={restoreState.loading}
                data-testid="node-restore"
                onClick={() =>
                  void run(async () => (await restore({ variables: { input: { nodeId: node.id } } })).data?.restoreNode, t('compute.restored', { name: node.name }))
                }
              >
                {t('compute.restore')}
              </Button>
            ) : (
              <Form
                form={form}
                layout="vertical"
                onFinish={(values) =>
                  void run(
                    async () => (await drain({ variables: { input: { nodeId: node.id, reason: values.reason.trim() } } })).data?.drainNode,
                    t('compute.drainedMessage', { name: node.name }),
                  )
                }
              >
                <Alert type="info" showIcon title={t('compute.drainHint')} style={{ marginBottom: 12 }} />
                <Form.Item name="reason" label={t('compute.drainReason')} rules={[{ required: true, whitespace: true, message: t('compute.drainReasonRequired') }]}>
                  <Input maxLength={200} placeholder={t('compute.drainReasonPlaceholder')} data-testid="node-drain-reason" />
                </Form.Item>
                <Button danger type="primary" htmlType="submit" loading={drainState.loading} data-testid="node-drain">
                  {t('compute.drain')}
                </Button>
              </Form>
            ))}
        </Space>
      )}
    </Modal>
  );
}

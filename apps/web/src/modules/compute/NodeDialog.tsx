import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Descriptions, Form, Input, Modal, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { testId } from '../../shared/lib/test-id';
import { describeUserError } from '../../shared/lib/user-errors';
import type { GridNode } from './cluster-grid-model';
import { AllocationQueueQuery, CancelAllocationRequestMutation, DrainNodeMutation, OrganisationSchedulingQuery, RestoreNodeMutation, RetireNodeMutation } from './compute.operations';
import { retireBlocker } from './node-retirement';
import { useOrganisationColours } from './org-colours';

interface Props {
  node: GridNode | null;
  canDrain: boolean;
  /** Managers may retire (decommission) a drained node that runs nothing. */
  canRetire: boolean;
  /** Staff may stop a running allocation (its cards return to the pool). */
  canStop: boolean;
  onClose: () => void;
  /** Called after a drain or restore so the grid reloads. */
  onChanged: () => void;
}

/** A node's details; staff drain it (with a reason, running work finishes) or restore it. */
export function NodeDialog({ node, canDrain, canRetire, canStop, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<string | null>(null);
  const [drain, drainState] = useMutation(DrainNodeMutation);
  const [restore, restoreState] = useMutation(RestoreNodeMutation);
  const [retire, retireState] = useMutation(RetireNodeMutation);
  const [stop, stopState] = useMutation(CancelAllocationRequestMutation, { refetchQueries: [AllocationQueueQuery, OrganisationSchedulingQuery] });
  const colourOf = useOrganisationColours();

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
  const holders = new Map<string, { holder: NonNullable<GridNode['cards'][number]['holder']>; cards: number }>();
  for (const card of node?.cards ?? []) {
    if (!card.holder) continue;
    const entry = holders.get(card.holder.allocationId);
    if (entry) entry.cards += 1;
    else holders.set(card.holder.allocationId, { holder: card.holder, cards: 1 });
  }
  const failed = node?.cards.filter((card) => card.health === 'FAILED').length ?? 0;
  const retireBlockedBy = node ? retireBlocker(node) : null;

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
          {holders.size > 0 && (
            <ul className="plain-list" data-testid="node-allocations">
              {[...holders.values()].map(({ holder, cards }) => (
                <li key={holder.allocationId} className="allocation-item" data-testid={`node-allocation-${holder.allocationId}`}>
                  <div className="allocation-item-head">
                    <Space size={6} wrap>
                      {holder.organisationId && <span className="grid-card" style={{ backgroundColor: colourOf(holder.organisationId) }} />}
                      <Typography.Text strong>{holder.organisationName ?? t('compute.occupied')}</Typography.Text>
                      {holder.projectName && <Typography.Text>{holder.projectName}</Typography.Text>}
                      <span className="numeric">{t('compute.cardsOnNode', { count: cards })}</span>
                      {holder.underNotice && <Tag color="orange">{t('compute.underNotice')}</Tag>}
                    </Space>
                    {canStop && (
                      <Popconfirm
                        title={t('compute.stopConfirm')}
                        okText={t('common.confirm')}
                        cancelText={t('common.cancel')}
                        okButtonProps={{ danger: true, ...testId('node-allocation-stop-confirm') }}
                        onConfirm={() =>
                          run(async () => (await stop({ variables: { input: { id: holder.allocationId } } })).data?.cancelAllocationRequest, t('compute.stopped'))
                        }
                      >
                        <Button size="small" danger loading={stopState.loading} data-testid="node-allocation-stop">
                          {t('compute.stop')}
                        </Button>
                      </Popconfirm>
                    )}
                  </div>
                  <div className="allocation-item-meta">{t('compute.endsAt', { time: formatDateTime(holder.endsAt) })}</div>
                </li>
              ))}
            </ul>
          )}
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
          {canRetire && (
            <Space orientation="vertical" size={4} data-testid="node-retire-section">
              <Popconfirm
                title={t('compute.retire.confirmTitle', { name: node.name })}
                description={t('compute.retire.confirmText')}
                okText={t('compute.retire.action')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true, ...testId('node-retire-confirm') }}
                disabled={retireBlockedBy !== null}
                onConfirm={() =>
                  run(async () => (await retire({ variables: { input: { nodeId: node.id } } })).data?.retireNode, t('compute.retire.done', { name: node.name }))
                }
              >
                <Button danger disabled={retireBlockedBy !== null} loading={retireState.loading} data-testid="node-retire">
                  {t('compute.retire.action')}
                </Button>
              </Popconfirm>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="node-retire-hint">
                {t(retireBlockedBy === 'notDrained' ? 'compute.retire.drainFirst' : retireBlockedBy === 'busy' ? 'compute.retire.busy' : 'compute.retire.hint')}
              </Typography.Text>
            </Space>
          )}
        </Space>
      )}
    </Modal>
  );
}

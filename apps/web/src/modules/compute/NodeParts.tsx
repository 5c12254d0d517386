import { Alert, Button, Form, Input, Popconfirm, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/lib/datetime';
import { testId } from '../../shared/lib/test-id';
import type { GridNode } from './cluster-grid-model';
import type { NodeHolder } from './node-dialog-model';
import { retireBlocker } from './node-retirement';
import { useOrganisationColours } from './org-colours';
import type { NodeDialogModel } from './use-node-dialog';

/** The allocations running on a node; staff may stop one. */
export function NodeHolders({ holders, canStop, model }: { holders: { holder: NodeHolder; cards: number }[]; canStop: boolean; model: NodeDialogModel }) {
  const { t } = useTranslation();
  const colourOf = useOrganisationColours();
  if (holders.length === 0) return null;
  return (
    <ul className="plain-list" data-testid="node-allocations">
      {holders.map(({ holder, cards }) => (
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
                onConfirm={() => model.stopAllocation(holder.allocationId)}
              >
                <Button size="small" danger loading={model.loading.stop} data-testid="node-allocation-stop">
                  {t('compute.stop')}
                </Button>
              </Popconfirm>
            )}
          </div>
          <div className="allocation-item-meta">{t('compute.endsAt', { time: formatDateTime(holder.endsAt) })}</div>
        </li>
      ))}
    </ul>
  );
}

/** Restore a drained node, or drain one in service with a reason. */
export function DrainControls({ node, model }: { node: GridNode; model: NodeDialogModel }) {
  const { t } = useTranslation();
  if (node.drained) {
    return (
      <Button type="primary" loading={model.loading.restore} data-testid="node-restore" onClick={() => void model.restoreNode(node)}>
        {t('compute.restore')}
      </Button>
    );
  }
  return (
    <Form form={model.form} layout="vertical" onFinish={(values) => void model.drainNode(node, values.reason)}>
      <Alert type="info" showIcon title={t('compute.drainHint')} style={{ marginBottom: 12 }} />
      <Form.Item name="reason" label={t('compute.drainReason')} rules={[{ required: true, whitespace: true, message: t('compute.drainReasonRequired') }]}>
        <Input maxLength={200} placeholder={t('compute.drainReasonPlaceholder')} data-testid="node-drain-reason" />
      </Form.Item>
      <Button danger type="primary" htmlType="submit" loading={model.loading.drain} data-testid="node-drain">
        {t('compute.drain')}
      </Button>
    </Form>
  );
}

/** Decommission a drained node that runs nothing; the hint says what stands in the way. */
export function RetireControls({ node, model }: { node: GridNode; model: NodeDialogModel }) {
  const { t } = useTranslation();
  const blockedBy = retireBlocker(node);
  return (
    <Space orientation="vertical" size={4} data-testid="node-retire-section">
      <Popconfirm
        title={t('compute.retire.confirmTitle', { name: node.name })}
        description={t('compute.retire.confirmText')}
        okText={t('compute.retire.action')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, ...testId('node-retire-confirm') }}
        disabled={blockedBy !== null}
        onConfirm={() => model.retireNode(node)}
      >
        <Button danger disabled={blockedBy !== null} loading={model.loading.retire} data-testid="node-retire">
          {t('compute.retire.action')}
        </Button>
      </Popconfirm>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="node-retire-hint">
        {t(blockedBy === 'notDrained' ? 'compute.retire.drainFirst' : blockedBy === 'busy' ? 'compute.retire.busy' : 'compute.retire.hint')}
      </Typography.Text>
    </Space>
  );
}

import { Alert, Descriptions, Modal, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GridNode } from './cluster-grid-model';
import { nodeFigures } from './node-dialog-model';
import { DrainControls, NodeHolders, RetireControls } from './NodeParts';
import { useNodeDialog } from './use-node-dialog';

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
  const model = useNodeDialog(onClose, onChanged);
  const { held, failed, holders } = nodeFigures(node);
  return (
    <Modal open={node !== null} title={node ? t('compute.nodeTitle', { name: node.name }) : ''} onCancel={model.close} footer={null} destroyOnHidden>
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
              ...(node.drained && node.drainReason ? [{ key: 'reason', label: t('compute.drainReason'), span: 2, children: node.drainReason }] : []),
            ]}
          />
          <NodeHolders holders={holders} canStop={canStop} model={model} />
          {model.error && <Alert type="error" showIcon title={model.error} data-testid="node-error" />}
          {canDrain && <DrainControls node={node} model={model} />}
          {canRetire && <RetireControls node={node} model={model} />}
        </Space>
      )}
    </Modal>
  );
}

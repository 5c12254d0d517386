import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Popconfirm, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { testId } from '../../shared/lib/test-id';
import { useClusterAdmin, type ClusterRef } from './use-cluster-admin';

/** Rename (a dialog) and delete (confirmed; only an empty cluster) for the cluster the console shows. */
export function ClusterAdmin({ cluster, onChanged }: { cluster: ClusterRef; onChanged: (deleted: boolean) => void }) {
  const { t } = useTranslation();
  const admin = useClusterAdmin(cluster, onChanged);
  const deleteButton = (
    <Button icon={<DeleteOutlined />} danger disabled={!admin.canDelete} loading={admin.deleting} data-testid="cluster-delete">
      {t('compute.clusterAdmin.delete')}
    </Button>
  );
  return (
    <>
      <Button icon={<EditOutlined />} onClick={admin.openRename} data-testid="cluster-rename-open">
        {t('compute.clusterAdmin.rename')}
      </Button>
      {admin.canDelete ? (
        <Popconfirm
          title={t('compute.clusterAdmin.deleteConfirm', { name: cluster.name })}
          okText={t('compute.clusterAdmin.delete')}
          okButtonProps={{ danger: true, ...testId('cluster-delete-confirm') }}
          cancelText={t('common.cancel')}
          onConfirm={admin.deleteCluster}
        >
          {deleteButton}
        </Popconfirm>
      ) : (
        <Tooltip title={t('compute.clusterAdmin.deleteOnlyEmpty')}>{deleteButton}</Tooltip>
      )}
      <Modal
        open={admin.renaming}
        title={t('compute.clusterAdmin.renameTitle')}
        onCancel={admin.closeRename}
        onOk={() => admin.form.submit()}
        okText={t('compute.save')}
        confirmLoading={admin.savingName}
        okButtonProps={{ ...testId('cluster-rename-submit') }}
        destroyOnHidden
      >
        {admin.error && <Alert type="error" showIcon title={admin.error} style={{ marginBottom: 12 }} />}
        <Form form={admin.form} layout="vertical" onFinish={admin.submitRename} data-testid="cluster-rename-form">
          <Form.Item
            name="name"
            label={t('compute.createCluster.name')}
            extra={t('compute.createCluster.nameHint')}
            rules={[{ required: true, whitespace: true, min: 2, max: 60, message: t('compute.createCluster.nameRule') }]}
          >
            <Input count={{ show: true, max: 60 }} data-testid="cluster-rename-name" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

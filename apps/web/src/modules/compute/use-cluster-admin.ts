import { useMutation } from '@apollo/client/react';
import { App, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import { describeUserError, joinMessages, type UserErrorLike } from '../../shared/lib/user-errors';
import { DeleteClusterMutation, RenameClusterMutation } from './compute.operations';

export interface ClusterRef {
  id: string;
  name: string;
  nodeCount: number;
}

/** Renaming and deleting the cluster shown; `onChanged` reloads the console (deleted: with the cluster gone). */
export function useClusterAdmin(cluster: ClusterRef, onChanged: (deleted: boolean) => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string }>();
  const [renaming, setRenaming] = useState(false);
  // Errors on the name go under the field; the rest in the alert above the form.
  const showing = useUserErrorForm(form);
  const [rename, { loading: savingName }] = useMutation(RenameClusterMutation);
  const [remove, { loading: deleting }] = useMutation(DeleteClusterMutation);
  const describe = (e: UserErrorLike) => describeUserError(e, t);

  const openRename = () => {
    showing.clearError();
    form.setFieldsValue({ name: cluster.name });
    setRenaming(true);
  };

  const submitRename = async ({ name }: { name: string }) => {
    const payload = await showing.submit(async () => (await rename({ variables: { input: { clusterId: cluster.id, name: name.trim() } } })).data?.renameCluster);
    if (!payload?.cluster) return;
    void message.success(t('compute.clusterAdmin.renamed', { name: payload.cluster.name }));
    setRenaming(false);
    onChanged(false);
  };

  const deleteCluster = async () => {
    try {
      const result = await remove({ variables: { input: { clusterId: cluster.id } } });
      const payload = result.data?.deleteCluster;
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        void message.error(joinMessages(payload.userErrors.map(describe), t));
        return;
      }
      void message.success(t('compute.clusterAdmin.deleted', { name: cluster.name }));
      onChanged(true);
    } catch (requestError) {
      void message.error(describeRequestError(requestError, t));
    }
  };

  return {
    form, renaming, error: showing.formError, savingName, deleting, openRename, closeRename: () => setRenaming(false), submitRename, deleteCluster,
    canDelete: cluster.nodeCount === 0,
  };
}

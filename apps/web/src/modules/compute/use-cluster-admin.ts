import { useMutation } from '@apollo/client/react';
import { App, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { describeUserError, userErrorField, type UserErrorLike } from '../../shared/lib/user-errors';
import { DeleteClusterMutation, RenameClusterMutation } from './compute.operations';

export interface ClusterRef {
  id: string;
  name: string;
  nodeCount: number;
}

/** Splits userErrors into the name field's messages and the rest, in the reader's words. */
export function splitNameErrors(errors: readonly UserErrorLike[], describe: (error: UserErrorLike) => string): { name: string[]; other: string[] } {
  const name = errors.filter((e) => userErrorField(e) === 'name').map(describe);
  const other = errors.filter((e) => userErrorField(e) !== 'name').map(describe);
  return { name, other };
}

/** Renaming and deleting the cluster shown; `onChanged` reloads the console (deleted: with the cluster gone). */
export function useClusterAdmin(cluster: ClusterRef, onChanged: (deleted: boolean) => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string }>();
  const [renaming, setRenaming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [rename, { loading: savingName }] = useMutation(RenameClusterMutation);
  const [remove, { loading: deleting }] = useMutation(DeleteClusterMutation);
  const describe = (e: UserErrorLike) => describeUserError(e, t);

  const openRename = () => {
    setError(null);
    form.setFieldsValue({ name: cluster.name });
    setRenaming(true);
  };

  const submitRename = async ({ name }: { name: string }) => {
    setError(null);
    try {
      const result = await rename({ variables: { input: { clusterId: cluster.id, name: name.trim() } } });
      const payload = result.data?.renameCluster;
      if (!payload) return;
      if (payload.userErrors.length > 0 || !payload.cluster) {
        const { name: onName, other } = splitNameErrors(payload.userErrors, describe);
        if (onName.length > 0) form.setFields([{ name: 'name', errors: onName }]);
        if (other.length > 0) setError(other.join(t('request.listSeparator')));
        return;
      }
      void message.success(t('compute.clusterAdmin.renamed', { name: payload.cluster.name }));
      setRenaming(false);
      onChanged(false);
    } catch (requestError) {
      setError(describeRequestError(requestError, t));
    }
  };

  const deleteCluster = async () => {
    try {
      const result = await remove({ variables: { input: { clusterId: cluster.id } } });
      const payload = result.data?.deleteCluster;
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        void message.error(payload.userErrors.map(describe).join(t('request.listSeparator')));
        return;
      }
      void message.success(t('compute.clusterAdmin.deleted', { name: cluster.name }));
      onChanged(true);
    } catch (requestError) {
      void message.error(describeRequestError(requestError, t));
    }
  };

  return {
    form, renaming, error, savingName, deleting, openRename, closeRename: () => setRenaming(false), submitRename, deleteCluster,
    canDelete: cluster.nodeCount === 0,
  };
}

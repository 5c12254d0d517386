import { useMutation } from '@apollo/client/react';
import { App, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { describeUserError, joinMessages } from '../../shared/lib/user-errors';
import type { GridNode } from './cluster-grid-model';
import { AllocationQueueQuery, CancelAllocationRequestMutation, DrainNodeMutation, OrganisationSchedulingQuery, RestoreNodeMutation, RetireNodeMutation } from './compute.operations';

type Payload = { userErrors: readonly { code: string; message: string }[] } | undefined;

/** The node dialog's actions: drain, restore, retire, stop an allocation; each closes the dialog and reloads on success. */
export function useNodeDialog(onClose: () => void, onChanged: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<string | null>(null);
  const [drain, drainState] = useMutation(DrainNodeMutation);
  const [restore, restoreState] = useMutation(RestoreNodeMutation);
  const [retire, retireState] = useMutation(RetireNodeMutation);
  const [stop, stopState] = useMutation(CancelAllocationRequestMutation, { refetchQueries: [AllocationQueueQuery, OrganisationSchedulingQuery] });

  const close = () => {
    setError(null);
    form.resetFields();
    onClose();
  };

  const run = async (action: () => Promise<Payload>, done: string) => {
    setError(null);
    try {
      const payload = await action();
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        setError(joinMessages(payload.userErrors.map((e) => describeUserError(e, t)), t));
        return;
      }
      void message.success(done);
      onChanged();
      close();
    } catch (requestError) {
      setError(describeRequestError(requestError, t));
    }
  };

  return {
    form, error, close,
    loading: { drain: drainState.loading, restore: restoreState.loading, retire: retireState.loading, stop: stopState.loading },
    stopAllocation: (allocationId: string) =>
      run(async () => (await stop({ variables: { input: { id: allocationId } } })).data?.cancelAllocationRequest, t('compute.stopped')),
    restoreNode: (node: GridNode) =>
      run(async () => (await restore({ variables: { input: { nodeId: node.id } } })).data?.restoreNode, t('compute.restored', { name: node.name })),
    drainNode: (node: GridNode, reason: string) =>
      run(async () => (await drain({ variables: { input: { nodeId: node.id, reason: reason.trim() } } })).data?.drainNode, t('compute.drainedMessage', { name: node.name })),
    retireNode: (node: GridNode) =>
      run(async () => (await retire({ variables: { input: { nodeId: node.id } } })).data?.retireNode, t('compute.retire.done', { name: node.name })),
  };
}

export type NodeDialogModel = ReturnType<typeof useNodeDialog>;

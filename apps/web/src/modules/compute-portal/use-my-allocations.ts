import { useMutation, useQuery } from '@apollo/client/react';
import { App } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AllocationState, MyAllocationsQuery as MyAllocationsResult } from '../../gql/graphql';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { describeUserError, joinMessages } from '../../shared/lib/user-errors';
import { CancelAllocationRequestMutation, FinishAllocationMutation } from '../compute/compute.operations';
import { useAllocationEvents } from '../compute/use-allocation-events';
import { MyAllocationsQuery, MyUsageQuery, SchedulingSnapshotQuery } from './compute-portal.operations';
import { useLocale } from '../../shared/i18n/use-locale';

export type MyAllocation = MyAllocationsResult['allocationRequests']['edges'][number]['node'];
export type AllocationScope = 'open' | 'all';
const OPEN: AllocationState[] = ['QUEUED', 'RUNNING'];

/** What an allocation's line shows: not yet placed, waiting with a place, running, or over. */
export type AllocationPhase = 'scheduling' | 'queued' | 'running' | 'ended';

export function allocationPhase(row: Pick<MyAllocation, 'state' | 'queuePosition'>): AllocationPhase {
  // A request that has not been through a pass yet (a burst answers before it) has no place.
  if (row.state === 'QUEUED') return row.queuePosition == null ? 'scheduling' : 'queued';
  return row.state === 'RUNNING' ? 'running' : 'ended';
}

function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** The founder's allocations, kept live, and cancelling or finishing one. */
export function useMyAllocations() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [scope, setScope] = useState<AllocationScope>('open');
  const now = useNow(30_000);
  const { data, loading, error, refetch } = useQuery(MyAllocationsQuery, {
    variables: { first: 50, states: scope === 'open' ? OPEN : undefined, locale: locale },
    pollInterval: 5000,
  });
  useAllocationEvents(() => void refetch());
  const refetchQueries = [MyAllocationsQuery, SchedulingSnapshotQuery, MyUsageQuery];
  const [cancel] = useMutation(CancelAllocationRequestMutation, { refetchQueries });
  const [finish] = useMutation(FinishAllocationMutation, { refetchQueries });
  const rows = data?.allocationRequests.edges.map((e) => e.node) ?? [];

  const act = async (run: () => Promise<readonly { code: string; message: string }[] | undefined>, done: string) => {
    try {
      const errors = (await run()) ?? [];
      if (errors.length > 0) void message.error(joinMessages(errors.map((e) => describeUserError(e, t)), t));
      else void message.success(done);
    } catch (requestError) {
      void message.error(describeRequestError(requestError, t));
    }
  };

  return {
    data, loading, error, rows, scope, setScope, now,
    more: data ? data.allocationRequests.totalCount - rows.length : 0,
    cancelRow: (row: MyAllocation) => act(async () => (await cancel({ variables: { input: { id: row.id } } })).data?.cancelAllocationRequest.userErrors, t('compute.cancelled')),
    finishRow: (row: MyAllocation) => act(async () => (await finish({ variables: { input: { id: row.id } } })).data?.finishAllocation.userErrors, t('myAllocations.finished')),
  };
}

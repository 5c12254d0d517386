import { useMutation, useQuery } from '@apollo/client/react';
import { COMPUTE_STAGES, isStaff } from '@suanli/domain';
import { App, Form, type FormRule } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/lib/datetime';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import { useSession } from '../auth/session-context';
import { CreateAllocationRequestMutation, MyAllocationsQuery, MyUsageQuery, RequestComputeFormQuery, SchedulingSnapshotQuery, UrgentBudgetQuery } from './compute-portal.operations';
import { cardsByType, defaultCardType, describeProblem, formFieldOf, requestProblems, shanghaiInstant, toRequest, type RequestFormField, type RequestFormValues } from './request-form-model';
import { urgencyTakesEffect } from './UrgencyNotice';
import { useLocale } from '../../shared/i18n/use-locale';

/** State and actions of the request-compute page: data, the form, its verdicts and the submit. */
export function useRequestCompute() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<RequestFormValues>();
  // durationS is typed in hours; the other fields keep their names.
  const showing = useUserErrorForm(form, { fieldOf: formFieldOf });
  const [submitted, setSubmitted] = useState<string | null>(null);
  const { data, loading, error } = useQuery(RequestComputeFormQuery);
  const [create, { loading: creating }] = useMutation(CreateAllocationRequestMutation, {
    refetchQueries: [MyAllocationsQuery, SchedulingSnapshotQuery, MyUsageQuery, UrgentBudgetQuery],
  });
  const { user } = useSession();
  const staff = !!user && isStaff(user.role);
  const watched = Form.useWatch([], form) as Partial<RequestFormValues> | undefined;
  const { data: budgetData } = useQuery(UrgentBudgetQuery, { skip: staff || watched?.priority !== 'URGENT' });
  const budget = budgetData?.urgentBudget ?? null;

  // The default cluster (the first) unless the requester picks another; the picker shows when there are several.
  const [clusterId, setClusterId] = useState<string | null>(null);
  const clusters = useMemo(() => data?.clusters ?? [], [data]);
  const cluster = clusters.find((c) => c.id === clusterId) ?? clusters[0];
  const chooseCluster = (id: string) => {
    setClusterId(id);
    const types = clusters.find((c) => c.id === id)?.cardTypes ?? [];
    if (!types.includes(form.getFieldValue('cardType') as string)) form.setFieldValue('cardType', defaultCardType(types));
  };
  const projects = (data?.projects.edges.map((e) => e.node) ?? []).filter((p) => (COMPUTE_STAGES as readonly string[]).includes(p.stage));
  const capacity = useMemo(() => cardsByType(cluster?.nodes ?? []), [cluster]);
  const domainSize = watched?.cardType ? cluster?.nodes.find((n) => n.cardType === watched.cardType)?.domainSize : undefined;
  const typeCards = watched?.cardType ? capacity.get(watched.cardType) : undefined;
  const request = useMemo(() => toRequest(watched ?? {}), [watched]);
  // The what-if previews the class the scheduler will use: a founder's URGENT outside the budget counts as STANDARD.
  const preview = useMemo(
    () => (request && request.priority === 'URGENT' && !urgencyTakesEffect(request, staff, budget) ? { ...request, priority: 'STANDARD' as const } : request),
    [request, staff, budget],
  );

  /** A field's rule: the domain's verdict on the whole request, for this field, in the reader's words. */
  const problemRule = (field: RequestFormField): FormRule => ({
    validator: async () => {
      const problem = requestProblems(toRequest(form.getFieldsValue()), capacity)[field];
      if (problem) throw new Error(describeProblem(problem, t));
    },
  });

  const onFinish = async (values: RequestFormValues) => {
    setSubmitted(null);
    const req = toRequest(values);
    const projectId = values.projectId;
    if (!req || !projectId) return;
    const input = {
      projectId,
      clusterId: cluster?.id,
      cardType: req.cardType,
      cards: req.cards,
      durationS: req.durationS,
      priority: req.priority,
      preemptible: req.preemptible,
      earliestStartAt: values.earliestStartAt ? shanghaiInstant(values.earliestStartAt).toISOString() : null,
    };
    const payload = await showing.submit(async () => (await create({ variables: { locale, input } })).data?.createAllocationRequest);
    const created = payload?.allocationRequest;
    if (!created) return;
    const summary =
      created.state === 'RUNNING'
        ? t('request.submittedRunning', { cards: created.cards, cardType: created.cardType })
        : created.queuePosition == null
          ? t('request.submittedScheduling')
          : t('request.submittedQueued', {
            position: created.queuePosition ?? '—',
            time: created.estimatedStartAt ? formatDateTime(created.estimatedStartAt) : t('compute.neverFits'),
          });
    // A fresh form: what stays filled in invites sending the same request twice.
    form.resetFields();
    setSubmitted(created.urgency === 'AWAITING_APPROVAL' ? `${summary} ${t('urgency.submittedAwaiting')}` : summary);
    void message.success(t('request.submitted'));
  };

  return {
    form, data, loading, error, creating, staff, budget, clusters, cluster, chooseCluster, projects, request, preview,
    typeInfo: typeCards !== undefined && domainSize !== undefined ? { cards: typeCards, domainSize } : undefined,
    priority: watched?.priority ?? 'STANDARD',
    formError: showing.formError, submitted, clearSubmitted: () => setSubmitted(null), problemRule, onFinish,
  };
}

export type RequestCompute = ReturnType<typeof useRequestCompute>;

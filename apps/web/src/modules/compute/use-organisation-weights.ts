import { useMutation, useQuery } from '@apollo/client/react';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationSchedulingQuery as SchedulingResult } from '../../gql/graphql';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { describeUserError, userErrorField } from '../../shared/lib/user-errors';
import { AllocationQueueQuery, OrganisationSchedulingQuery, SetOrganisationSchedulingMutation } from './compute.operations';
import { byLoad, draftErrors, type WeightsDraft, type WeightsErrors } from './organisation-weights-model';

export type WeightsRow = SchedulingResult['organisationScheduling']['edges'][number]['node'];

/** The weights table's data and its one-row-at-a-time editing, checked before it is sent. */
export function useOrganisationWeights() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error } = useQuery(OrganisationSchedulingQuery, { variables: { first: 100 }, pollInterval: 15_000 });
  const [save, { loading: saving }] = useMutation(SetOrganisationSchedulingMutation, {
    refetchQueries: [AllocationQueueQuery, OrganisationSchedulingQuery],
    awaitRefetchQueries: true,
  });
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState<WeightsDraft>({ weight: 1, quotaCards: null, urgentCardHoursPerMonth: 0 });
  const [fieldErrors, setFieldErrors] = useState<WeightsErrors>({});
  const centreCards = data?.organisationScheduling.centreCards ?? null;
  const rows = byLoad(data?.organisationScheduling.edges.map((edge) => edge.node) ?? []);

  const startEdit = (row: WeightsRow) => {
    setEditing(row.organisation.id);
    setDraft({ weight: row.weight, quotaCards: row.quotaCards, urgentCardHoursPerMonth: row.urgentCardHoursPerMonth });
    setFieldErrors({});
  };

  /** Changes one field of the draft and says at once what is wrong with it. */
  const change = (patch: Partial<WeightsDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    setFieldErrors(draftErrors(next, centreCards, t));
  };

  const onSave = async (row: WeightsRow) => {
    const problems = draftErrors(draft, centreCards, t);
    setFieldErrors(problems);
    if (Object.keys(problems).length > 0 || draft.weight == null) return;
    try {
      const { data: result } = await save({
        variables: {
          input: {
            organisationId: row.organisation.id,
            weight: draft.weight,
            quotaCards: draft.quotaCards,
            urgentCardHoursPerMonth: draft.urgentCardHoursPerMonth ?? 0,
          },
        },
      });
      const errors = result?.setOrganisationScheduling.userErrors ?? [];
      if (errors.length > 0) {
        const next: WeightsErrors = {};
        for (const userError of errors) {
          const field = userErrorField(userError);
          const key = field === 'weight' || field === 'quotaCards' || field === 'urgentCardHoursPerMonth' ? field : 'general';
          next[key] = describeUserError(userError, t);
        }
        setFieldErrors(next);
        return;
      }
      setEditing(null);
      void message.success(t('compute.weightsSaved', { name: row.organisation.name }));
    } catch (requestError) {
      setFieldErrors({ general: describeRequestError(requestError, t) });
    }
  };

  return {
    data, loading, error, saving, rows, editing, draft, fieldErrors, centreCards,
    startEdit, change, onSave, cancelEdit: () => setEditing(null),
  };
}

export type OrganisationWeightsModel = ReturnType<typeof useOrganisationWeights>;

import { checkAllocationRequest, type RequestProblem } from '@suanli/domain';
export { describeProblem } from '../compute/problem-text';
import dayjs, { type Dayjs } from 'dayjs';
import type { PriorityClass } from '../../gql/graphql';
import { DISPLAY_TIME_ZONE } from '../../shared/lib/datetime';
import type { WhatIfRequest } from './what-if';

export interface RequestFormValues {
  projectId?: string;
  cardType?: string;
  cards?: number | null;
  hours?: number | null;
  priority: PriorityClass;
  preemptible: boolean;
  earliestStartAt?: Dayjs | null;
}

/** Form fields a userError may point at; the API's durationS is the form's hours. */
export const REQUEST_FORM_FIELDS = ['projectId', 'cardType', 'cards', 'hours', 'priority', 'preemptible', 'earliestStartAt'] as const;
export type RequestFormField = (typeof REQUEST_FORM_FIELDS)[number];

export function formFieldOf(apiField: string | undefined): RequestFormField | undefined {
  const name = apiField === 'durationS' ? 'hours' : apiField;
  return (REQUEST_FORM_FIELDS as readonly string[]).includes(name ?? '') ? (name as RequestFormField) : undefined;
}

/** The picker shows the browser's wall clock; the centre's clock is Asia/Shanghai, so re-read it there. */
export function shanghaiInstant(value: Dayjs): dayjs.Dayjs {
  return dayjs.tz(value.format('YYYY-MM-DD HH:mm'), DISPLAY_TIME_ZONE);
}

/**
 * The request as the form holds it, not yet judged: null only while card type, cards or hours
 * are empty. Impossible values (0 cards, −5 hours) pass through as typed, to be named, not fixed.
 */
export function toRequest(values: Partial<RequestFormValues>): WhatIfRequest | null {
  const { cardType, cards, hours } = values;
  if (!cardType || cards == null || hours == null) return null;
  return {
    cardType,
    cards,
    durationS: Math.round(hours * 3600),
    priority: values.priority ?? 'STANDARD',
    preemptible: values.preemptible ?? false,
    earliestStartS: values.earliestStartAt ? shanghaiInstant(values.earliestStartAt).unix() : null,
  };
}

/** Cards per card type, from the form query's nodes. */
/** The card type a fresh form opens on: Ascend 910B where the cluster has it, else its first type. */
export function defaultCardType(cardTypes: readonly string[]): string | undefined {
  return cardTypes.includes('Ascend 910B') ? 'Ascend 910B' : cardTypes[0];
}

export function cardsByType(nodes: readonly { cardType: string; cardsPerNode: number }[]): Map<string, number> {
  const byType = new Map<string, number>();
  for (const node of nodes) byType.set(node.cardType, (byType.get(node.cardType) ?? 0) + node.cardsPerNode);
  return byType;
}

/** libs/domain's verdict on the request (the API runs the same), by form field. */
export function requestProblems(request: WhatIfRequest | null, capacity: ReadonlyMap<string, number>): Partial<Record<RequestFormField, RequestProblem>> {
  if (!request || capacity.size === 0) return {};
  const byField: Partial<Record<RequestFormField, RequestProblem>> = {};
  for (const problem of checkAllocationRequest(request, capacity)) {
    const field = formFieldOf(problem.field);
    if (field && !byField[field]) byField[field] = problem;
  }
  return byField;
}

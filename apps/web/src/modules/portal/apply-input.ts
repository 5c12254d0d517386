import { CARD_NEED_MAX, MoneyFormatError, parseCny } from '@suanli/domain';
import type { ApplyForProjectInput, CooperationMode } from '../../gql/graphql';

/** What the apply form holds: the budget as typed, in CNY, so nothing is lost to a float. */
export interface ApplyValues {
  name: string;
  summary: string;
  cooperationModes: CooperationMode[];
  sourcePlatform?: string;
  cardType?: string;
  cardCountEstimate?: number | null;
  budgetCny?: string | null;
}

export const APPLY_FIELDS = ['name', 'summary', 'cooperationModes', 'sourcePlatform', 'cardType', 'cardCountEstimate', 'budgetCny'] as const;

/** The API names the budget in fen; the form asks for CNY. */
export function formFieldOf(apiField: string | undefined): (typeof APPLY_FIELDS)[number] | undefined {
  const field = apiField === 'budgetFen' ? 'budgetCny' : apiField;
  return APPLY_FIELDS.find((known) => known === field);
}

/** Whole CNY with up to two decimals, as integer fen; null when empty, undefined when not an amount. */
export function budgetFenOf(budgetCny: string | null | undefined): string | null | undefined {
  const typed = budgetCny?.trim() ?? '';
  if (typed === '') return null;
  try {
    const fen = parseCny(typed.replace(/[,，\s]/g, ''));
    return fen < 0n ? undefined : fen.toString();
  } catch (error) {
    if (error instanceof MoneyFormatError) return undefined;
    throw error;
  }
}

export function isCardCount(value: number | null | undefined): boolean {
  return value == null || (Number.isInteger(value) && value >= 1 && value <= CARD_NEED_MAX);
}

/** The mutation input; optional fields the founder left empty are not sent at all. */
export function toApplyInput(values: ApplyValues): ApplyForProjectInput {
  const source = values.sourcePlatform?.trim();
  const cardType = values.cardType?.trim();
  const budgetFen = budgetFenOf(values.budgetCny);
  return {
    name: values.name.trim(),
    summary: values.summary.trim(),
    cooperationModes: values.cooperationModes,
    ...(source ? { sourcePlatform: source } : {}),
    ...(cardType ? { cardType } : {}),
    ...(values.cardCountEstimate != null ? { cardCountEstimate: values.cardCountEstimate } : {}),
    ...(budgetFen ? { budgetFen } : {}),
  };
}

import { yuanToFen } from '../../shared/lib/money';

export interface ApplyVoucherValues {
  programmeId?: string;
  /** Typed in yuan, e.g. "50000" or "1,234.56". */
  amount?: string;
  purpose?: string;
  projectId?: string | null;
}

/** The form field an API input field is shown on: the amount is typed in yuan. */
export function applyFieldOf(apiField: string | undefined): string | undefined {
  return apiField === 'amountFen' ? 'amount' : apiField;
}

/** The mutation's input from the form, or null while the amount is not a positive amount of yuan. */
export function toApplyVoucherInput(values: ApplyVoucherValues) {
  const amountFen = yuanToFen(values.amount);
  if (!values.programmeId || !amountFen || BigInt(amountFen) <= 0n) return null;
  return {
    programmeId: values.programmeId,
    amountFen,
    purpose: (values.purpose ?? '').trim(),
    projectId: values.projectId || null,
  };
}

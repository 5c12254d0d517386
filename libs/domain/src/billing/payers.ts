/** Who pays a part of an invoice line, in the order the split tries them. */
export const PAYERS = ['FREE', 'VOUCHER', 'EQUITY', 'CASH'] as const;
export type Payer = (typeof PAYERS)[number];

/** FREE (adaptation work) is always first and CASH always last; VOUCHER/EQUITY order is a setting. */
export const DEFAULT_PAYER_ORDER: readonly Payer[] = ['FREE', 'VOUCHER', 'EQUITY', 'CASH'];

export class PayerOrderError extends Error {
  constructor(order: readonly string[]) {
    super(`payer order must be a permutation of ${PAYERS.join(',')} with FREE first and CASH last: "${order.join(',')}"`);
    this.name = 'PayerOrderError';
  }
}

function isPayer(value: string): value is Payer {
  return (PAYERS as readonly string[]).includes(value);
}

/** Validates a stored setting; throws PayerOrderError rather than guessing a fallback order. */
export function checkPayerOrder(order: readonly string[]): readonly Payer[] {
  const valid =
    order.length === PAYERS.length &&
    new Set(order).size === PAYERS.length &&
    order.every(isPayer) &&
    order[0] === 'FREE' &&
    order[order.length - 1] === 'CASH';
  if (!valid) throw new PayerOrderError(order);
  return order as readonly Payer[];
}

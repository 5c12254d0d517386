/** Who pays a share of an invoice or a line. */
export type Payer = 'free' | 'voucher' | 'equity' | 'me';

export interface PayerSplit {
  freeFen: string;
  voucherFen: string;
  equityFen: string;
  cashFen: string;
}

/** The payers with a share above zero, in the order the invoice lists them. */
export function payersOf(split: PayerSplit): { payer: Payer; fen: string }[] {
  const parts: { payer: Payer; fen: string }[] = [
    { payer: 'free', fen: split.freeFen },
    { payer: 'voucher', fen: split.voucherFen },
    { payer: 'equity', fen: split.equityFen },
    { payer: 'me', fen: split.cashFen },
  ];
  return parts.filter((part) => /^\d+$/.test(part.fen) && BigInt(part.fen) > 0n);
}

/** Merges a further page of a connection into the one shown (no cache field policy for these lists). */
export function appendPage<C extends { edges: readonly unknown[] }>(previous: C, next: C): C {
  return { ...next, edges: [...previous.edges, ...next.edges] };
}

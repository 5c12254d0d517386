import type { Language } from '../../i18n/languages';
import { formatFen, formatNumber } from '../../shared/format/format';
import type { WhatIfRequest } from './what-if';

export interface CostQuoteLike {
  priced: boolean;
  pricePerCardHourFen: string;
  amountFen: string;
  voucherFen: string;
}

/** The variables of the cost query for a request, or null when the API would refuse them. */
export function costQuoteVariables(request: Pick<WhatIfRequest, 'cardType' | 'cards' | 'durationS' | 'priority'> | null) {
  if (!request || !Number.isInteger(request.cards) || request.cards < 1 || !(request.durationS > 0)) return null;
  return { cardType: request.cardType, cards: request.cards, durationSeconds: request.durationS, adaptation: request.priority === 'ADAPTATION' };
}

export interface CostLine {
  key: 'costLine.adaptation' | 'costLine.unpriced' | 'costLine.priced' | 'costLine.pricedWithVoucher';
  /** count (cards), hours, price, amount, voucher: formatted for the reader. */
  params: Record<string, string | number>;
}

/**
 * The cost sentence for a request and its quote, as a translation key and formatted parts:
 * "8 张卡 × 72 小时 × ¥12.00 = ¥6,912.00，其中算力券可抵 ¥3,456.00". Adaptation work is free; an unpriced
 * card type has no sentence of amounts. Money stays in decimal strings throughout.
 */
export function costLine(quote: CostQuoteLike, request: Pick<WhatIfRequest, 'cards' | 'durationS' | 'priority'>, locale: Language): CostLine {
  if (request.priority === 'ADAPTATION') return { key: 'costLine.adaptation', params: {} };
  if (!quote.priced) return { key: 'costLine.unpriced', params: {} };
  const params = {
    count: request.cards,
    hours: formatNumber(request.durationS / 3600, locale, 2),
    price: formatFen(quote.pricePerCardHourFen, locale),
    amount: formatFen(quote.amountFen, locale),
    voucher: formatFen(quote.voucherFen, locale),
  };
  const covered = /^\d+$/.test(quote.voucherFen) && BigInt(quote.voucherFen) > 0n;
  return { key: covered ? 'costLine.pricedWithVoucher' : 'costLine.priced', params };
}

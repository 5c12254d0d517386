import type { VoucherProblem } from '@suanli/domain';
import { UserErrorCode } from '../../common/errors/error-codes.js';

/** The domain's voucher problems as the API's userError codes. */
export const VOUCHER_PROBLEM_CODES: Record<VoucherProblem, UserErrorCode> = {
  PROGRAMME_NOT_OPEN: UserErrorCode.PROGRAMME_NOT_OPEN,
  BELOW_MINIMUM_CLAIM: UserErrorCode.BELOW_MINIMUM_CLAIM,
  OVER_ORGANISATION_CAP: UserErrorCode.OVER_ORGANISATION_CAP,
  OVER_PROGRAMME_BUDGET: UserErrorCode.OVER_PROGRAMME_BUDGET,
  NOT_ELIGIBLE_KIND: UserErrorCode.NOT_ELIGIBLE,
  NOT_ELIGIBLE_INDUSTRY: UserErrorCode.NOT_ELIGIBLE,
  RELATED_PARTY: UserErrorCode.RELATED_PARTY,
  INVALID_AMOUNT: UserErrorCode.INVALID_AMOUNT,
};

export const VOUCHER_PROBLEM_MESSAGES: Record<VoucherProblem, string> = {
  PROGRAMME_NOT_OPEN: 'The programme does not take applications now',
  BELOW_MINIMUM_CLAIM: 'The amount is below the programme’s minimum claim',
  OVER_ORGANISATION_CAP: 'The organisation would receive more than the programme’s per-organisation cap',
  OVER_PROGRAMME_BUDGET: 'The programme’s remaining budget is smaller than the amount',
  NOT_ELIGIBLE_KIND: 'Organisations of this kind are not eligible for the programme',
  NOT_ELIGIBLE_INDUSTRY: 'The organisation’s industry is not eligible for the programme',
  RELATED_PARTY: 'The organisation is a related party of the centre and cannot receive vouchers',
  INVALID_AMOUNT: 'The amount must be a positive number of fen',
};

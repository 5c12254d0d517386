import { Field, ObjectType } from '@nestjs/graphql';
import { badUserInput, DomainError } from '../errors/api-errors.js';
import { MAX_WEIGHT, MIN_WEIGHT } from '@suanli/domain';
import { UserErrorCode } from '../errors/error-codes.js';
import { registerDescribedEnum } from './domain-enums.js';

registerDescribedEnum(UserErrorCode, 'UserErrorCode', 'Why a mutation changed nothing; stable across releases, unlike the message.', {
  VALIDATION_FAILED: 'A value breaks a rule of its field (length, range, combination).',
  NOT_FOUND: 'What the input names does not exist, or the caller may not see it.',
  INVALID_TRANSITION: 'The lifecycle has no move from the project’s stage to that one.',
  TRANSITION_NOT_ALLOWED_FOR_ROLE: 'The move exists, but not for the caller’s role.',
  STALE_STAGE: 'The project changed meanwhile; read it again and retry.',
  ADAPTATION_INCOMPLETE: 'The project cannot enter incubation before its adaptation checklist is done.',
  INVALID_CREDENTIALS: 'Wrong email or password, or the account is deactivated.',
  DUPLICATE_NAME: 'The name is taken (ignoring case).',
  NOT_IN_ADAPTATION: 'The project is not in ADAPTATION.',
  ORGANISATION_REQUIRED: 'An organisation must be named for this.',
  UNKNOWN_CARD_TYPE: 'The cluster has no card of that type.',
  EXCEEDS_CLUSTER_CAPACITY: 'More cards than the cluster could ever place at once.',
  INVALID_CARD_COUNT: 'The card count is not a whole number of at least 1.',
  INVALID_DURATION: 'The time limit is outside 10 minutes to 30 days.',
  EXCEEDS_QUOTA: 'The organisation would hold more cards than its quota.',
  PROJECT_CANNOT_REQUEST: 'The project’s stage does not allow compute requests.',
  INVALID_STATE: 'The object is not in a state that allows this (e.g. already ended).',
  NODE_NOT_DRAINED: 'Only a drained node may be retired.',
  NODE_BUSY: 'The node still runs work.',
  CANNOT_CHANGE_OWN_ACCOUNT: 'An admin may not deactivate themselves or change their own role.',
  WEAK_PASSWORD: 'The new password breaks the policy: length, strength, or same as the current one.',
  INVITATION_NOT_FOUND: 'The invitation link is unknown.',
  INVITATION_EXPIRED: 'The invitation link is past its expiry.',
  INVITATION_REVOKED: 'The invitation was revoked.',
  INVITATION_USED: 'The invitation was already used.',
  INVITATION_PENDING: 'This email has an open invitation; revoke it before sending another.',
  EMAIL_TAKEN: 'An account with this email exists already.',
  TOO_MANY_OPEN_REQUESTS: 'The organisation has as many queued and running requests as it may.',
  NOT_AWAITING_URGENCY_DECISION: 'Only a waiting request that asked for URGENT can be approved or declined.',
  INVALID_WEIGHT: `The fair-share weight is outside ${MIN_WEIGHT} to ${MAX_WEIGHT}.`,
  INVALID_QUOTA: 'The quota is not a whole number of at least one card.',
  QUOTA_EXCEEDS_CAPACITY: 'The quota is more cards than the centre has.',
  CLUSTER_NOT_EMPTY: 'The cluster still has nodes or allocation requests, so it cannot be deleted.',
  INVALID_AMOUNT: 'The amount is not a whole number of fen above zero, or is too large.',
  INVALID_PRICE: 'The price is not a positive amount of at most ¥1,000,000 per card-hour with at most two decimals.',
  PRICE_CHANGES_ISSUED_INVOICES: 'The new price would take effect inside a period that is already invoiced; choose a later date.',
  INVALID_PERIOD: 'The billing period is not a calendar month YYYY-MM.',
  PERIOD_NOT_ENDED: 'The month has not ended in Asia/Shanghai, so it cannot be billed yet.',
  MISSING_PRICE: 'Metered usage has a card type with no price in force; publish one first.',
  OVERPAYMENT: 'The payment is more than the invoice still owes.',
  CREDIT_EXCEEDS_BALANCE: 'The credit note is more than the invoice still owes.',
  IDEMPOTENCY_KEY_REUSED: 'The idempotency key was used before with a different input.',
  PROGRAMME_NOT_OPEN: 'The voucher programme does not take applications now.',
  PROGRAMME_YEAR_TAKEN: 'A voucher programme for that year exists already.',
  INVALID_PROGRAMME_TERMS: 'The programme’s terms contradict each other (coverage, cap, minimum, validity).',
  BELOW_MINIMUM_CLAIM: 'The amount is below the programme’s minimum claim.',
  OVER_ORGANISATION_CAP: 'The organisation would receive more than the programme’s per-organisation cap.',
  OVER_PROGRAMME_BUDGET: 'The programme’s remaining budget is smaller than the amount.',
  NOT_ELIGIBLE: 'The organisation’s kind or industry is not eligible for the programme.',
  RELATED_PARTY: 'The organisation is a related party of the centre and cannot receive vouchers.',
  VOUCHER_NOT_USABLE: 'The voucher is expired, spent, or belongs to another organisation.',
  VALUATION_NOT_POSITIVE: 'The pre-money valuation is zero or below.',
  CREDIT_EXCEEDS_VALUATION: 'The credit is larger than the pre-money valuation allows.',
  TRANCHES_NOT_100_PERCENT: 'The tranches do not add up to exactly 100 %.',
  INVALID_TERMS: 'The terms break another rule; the message lists the problems.',
  STALE_VERSION: 'The version answered is no longer the current one; read the term sheet again.',
  TERM_SHEET_CLOSED: 'The term sheet is signed or withdrawn; it takes no more offers or acceptances.',
  SIGNING_SUPERSEDED_VERSION: 'Only the current version can be accepted; a later one superseded it.',
  INVALID_SHARES: 'The share count is not a whole number above zero of at most 15 digits.',
  INVALID_SHARE_PRICE: 'The price per share is not a non-negative exact decimal (257.142857) or fraction (1800000000/7000000) of fen.',
  EXCEEDS_AUTHORISED_SHARES: 'The issuance would take the class past the shares its articles authorise.',
  BUY_BACK_EXCEEDS_HOLDING: 'The buy-back is more shares than the holder still has of that security.',
  BUY_BACK_WINDOW_CLOSED: 'The credit line’s buy-back window has closed (or has not opened yet).',
  NO_BUY_BACK_OPTION: 'The signed terms of the credit line give the founders no buy-back option.',
  TICKET_CLOSED: 'The ticket is closed; reopen it (within the reopen window) before replying or changing it.',
  NOT_IN_TICKET_GROUP: 'The consultant is not in the consultant group of the ticket’s category.',
  REOPEN_WINDOW_PASSED: 'The ticket was resolved longer ago than the reopen window allows; open a new one.',
  ATTACHMENT_TOO_LARGE: 'The attachment is larger than the limit.',
  ATTACHMENT_TYPE_NOT_ALLOWED: 'The attachment’s file type is not allowed (PDF, images, text, office documents, zip).',
  ATTACHMENT_REJECTED: 'The virus scan refused the attachment.',
  INVALID_SLA_TARGET: 'An SLA target is not a whole number of business minutes above zero.',
  ARTICLE_NOT_PUBLISHED: 'A linked knowledge-base article does not exist or is not published.',
  INVALID_BUSINESS_HOURS: 'The business hours are not whole minutes with 0 ≤ start < end ≤ 1440 (24:00).',
  INVALID_CALENDAR_DAY: 'The day is not an existing calendar day written YYYY-MM-DD in 2000–2099.',
  MAKE_UP_DAY_NOT_WEEKEND: 'A make-up workday (调休) must fall on a Saturday or Sunday.',
  KB_NOTHING_TO_PUBLISH: 'The article’s draft is the same as its published version, so publishing would add no version.',
  KB_TRANSLATION_MISSING: 'An article is published in both languages; its Chinese or English title or body is empty.',
  INVALID_CAPACITY: 'A resource’s capacity is not a whole number from 0 to 1,000.',
  CONFLICT_WITH_OWNER: 'A resource cannot declare a conflict of interest with its own owner.',
  RESOURCE_CONFLICT: 'The resource has a conflict of interest with the startup (its own, a competitor’s, an investor in a competitor, a declared relation).',
  RESOURCE_AT_CAPACITY: 'The resource has no place left in its current period.',
  RESOURCE_UNAVAILABLE: 'The resource is not taking matches now (off, or outside its availability dates).',
  RESOURCE_KIND_MISMATCH: 'The resource is not of the kind the need asks for.',
  NOT_YOUR_SIDE: 'The caller does not answer for that side of the introduction (a founder answers for the startup, the owner for the resource).',
  PROJECT_NOT_OF_ORGANISATION: 'The project is not the organisation’s.',
});

@ObjectType('UserError', { description: 'A business rule the input broke; nothing was changed.' })
export class UserError {
  @Field(() => UserErrorCode, { description: 'Stable code to branch on.' })
  code!: UserErrorCode;

  @Field({ description: 'What is wrong, in English, for people.' })
  message!: string;

  @Field(() => [String], { nullable: true, description: 'Path of the input field at fault.' })
  field!: string[] | null;
}

export function toUserError(error: DomainError): UserError {
  return { code: error.code, message: error.message, field: error.field };
}

/**
 * Runs a mutation's service call and shapes the payload: the result on success, or the
 * DomainError as `userErrors`. Anything else is a real failure and propagates.
 */
export async function payloadOf<T extends object>(
  run: () => Promise<T>,
): Promise<T & { userErrors: UserError[] } | { userErrors: UserError[] }> {
  try {
    return { ...(await run()), userErrors: [] };
  } catch (error) {
    if (error instanceof DomainError) return { userErrors: [toUserError(error)] };
    throw error;
  }
}

/**
 * The query twin of payloadOf: a query has no userErrors, so a DomainError becomes a top-level
 * BAD_USER_INPUT that carries the userError code and field in its extensions.
 */
export async function resultOf<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DomainError) throw badUserInput(error.message, { userErrorCode: error.code, field: error.field });
    throw error;
  }
}

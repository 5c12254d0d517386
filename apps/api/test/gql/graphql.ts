/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where an allocation request stands. */
export type AllocationState =
  /** Cancelled while waiting or running. */
  | 'CANCELLED'
  /** Ended by its time limit or reported done. */
  | 'FINISHED'
  /** Stopped early for URGENT work, or because a card failed. */
  | 'PREEMPTED'
  /** Waiting for cards. */
  | 'QUEUED'
  /** Holding its cards. */
  | 'RUNNING';

/** A request for cards: how many, of which type, for how long, at which priority. */
export type CreateAllocationRequestInput = {
  /** e.g. "Ascend 910B" */
  cardType: string;
  /** How many cards, placed together at once (gang placement); at least 1 and no more than the cluster has. */
  cards: number;
  /** Omit for the centre’s default cluster. */
  clusterId?: string | number | null | undefined;
  /** Time limit in seconds: 600 (10 minutes) to 2592000 (30 days). */
  durationS: number;
  /** Not placed before this time; omit to start as soon as cards are free. */
  earliestStartAt?: string | null | undefined;
  /** Whether URGENT work may stop it early, after a preemption notice. */
  preemptible?: boolean;
  /** The class asked for. A founder’s URGENT beyond the urgent budget waits for a manager’s approval. */
  priority?: PriorityClass;
  /** The project the compute is for; founders only their own organisation’s. */
  projectId: string | number;
};

/** ADAPTATION fills gaps (porting work), STANDARD is the default, URGENT may preempt preemptible work. */
export type PriorityClass =
  /** The lowest class, for porting work: it fills gaps. */
  | 'ADAPTATION'
  /** The default, between the other two. */
  | 'STANDARD'
  /** The highest class; may preempt preemptible work. */
  | 'URGENT';

/** For a request that asked for URGENT: STAFF and BUDGET (within the organisation’s urgent card-hours) take effect at once; AWAITING_APPROVAL is scheduled at STANDARD until a manager approves (APPROVED) or declines (DECLINED). */
export type UrgencyStatus =
  /** A manager approved it: URGENT. */
  | 'APPROVED'
  /** Over the budget: scheduled at STANDARD until a manager decides. */
  | 'AWAITING_APPROVAL'
  /** Within the organisation’s urgent card-hours this month: URGENT at once. */
  | 'BUDGET'
  /** A manager declined it: STANDARD. */
  | 'DECLINED'
  /** Asked for by staff: URGENT at once. */
  | 'STAFF';

/** Why a mutation changed nothing; stable across releases, unlike the message. */
export type UserErrorCode =
  /** The project cannot enter incubation before its adaptation checklist is done. */
  | 'ADAPTATION_INCOMPLETE'
  /** The amount is below the programme’s minimum claim. */
  | 'BELOW_MINIMUM_CLAIM'
  /** An admin may not deactivate themselves or change their own role. */
  | 'CANNOT_CHANGE_OWN_ACCOUNT'
  /** The cluster still has nodes or allocation requests, so it cannot be deleted. */
  | 'CLUSTER_NOT_EMPTY'
  /** The credit note is more than the invoice still owes. */
  | 'CREDIT_EXCEEDS_BALANCE'
  /** The name is taken (ignoring case). */
  | 'DUPLICATE_NAME'
  /** An account with this email exists already. */
  | 'EMAIL_TAKEN'
  /** More cards than the cluster could ever place at once. */
  | 'EXCEEDS_CLUSTER_CAPACITY'
  /** The organisation would hold more cards than its quota. */
  | 'EXCEEDS_QUOTA'
  /** The idempotency key was used before with a different input. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The amount is not a whole number of fen above zero, or is too large. */
  | 'INVALID_AMOUNT'
  /** The card count is not a whole number of at least 1. */
  | 'INVALID_CARD_COUNT'
  /** Wrong email or password, or the account is deactivated. */
  | 'INVALID_CREDENTIALS'
  /** The time limit is outside 10 minutes to 30 days. */
  | 'INVALID_DURATION'
  /** The billing period is not a calendar month YYYY-MM. */
  | 'INVALID_PERIOD'
  /** The price is not a positive amount of at most ¥1,000,000 per card-hour with at most two decimals. */
  | 'INVALID_PRICE'
  /** The programme’s terms contradict each other (coverage, cap, minimum, validity). */
  | 'INVALID_PROGRAMME_TERMS'
  /** The quota is not a whole number of at least one card. */
  | 'INVALID_QUOTA'
  /** The object is not in a state that allows this (e.g. already ended). */
  | 'INVALID_STATE'
  /** The lifecycle has no move from the project’s stage to that one. */
  | 'INVALID_TRANSITION'
  /** The fair-share weight is outside 0.1 to 100. */
  | 'INVALID_WEIGHT'
  /** The invitation link is past its expiry. */
  | 'INVITATION_EXPIRED'
  /** The invitation link is unknown. */
  | 'INVITATION_NOT_FOUND'
  /** This email has an open invitation; revoke it before sending another. */
  | 'INVITATION_PENDING'
  /** The invitation was revoked. */
  | 'INVITATION_REVOKED'
  /** The invitation was already used. */
  | 'INVITATION_USED'
  /** Metered usage has a card type with no price in force; publish one first. */
  | 'MISSING_PRICE'
  /** The node still runs work. */
  | 'NODE_BUSY'
  /** Only a drained node may be retired. */
  | 'NODE_NOT_DRAINED'
  /** Only a waiting request that asked for URGENT can be approved or declined. */
  | 'NOT_AWAITING_URGENCY_DECISION'
  /** The organisation’s kind or industry is not eligible for the programme. */
  | 'NOT_ELIGIBLE'
  /** What the input names does not exist, or the caller may not see it. */
  | 'NOT_FOUND'
  /** The project is not in ADAPTATION. */
  | 'NOT_IN_ADAPTATION'
  /** An organisation must be named for this. */
  | 'ORGANISATION_REQUIRED'
  /** The payment is more than the invoice still owes. */
  | 'OVERPAYMENT'
  /** The organisation would receive more than the programme’s per-organisation cap. */
  | 'OVER_ORGANISATION_CAP'
  /** The programme’s remaining budget is smaller than the amount. */
  | 'OVER_PROGRAMME_BUDGET'
  /** The month has not ended in Asia/Shanghai, so it cannot be billed yet. */
  | 'PERIOD_NOT_ENDED'
  /** The new price would take effect inside a period that is already invoiced; choose a later date. */
  | 'PRICE_CHANGES_ISSUED_INVOICES'
  /** The voucher programme does not take applications now. */
  | 'PROGRAMME_NOT_OPEN'
  /** A voucher programme for that year exists already. */
  | 'PROGRAMME_YEAR_TAKEN'
  /** The project’s stage does not allow compute requests. */
  | 'PROJECT_CANNOT_REQUEST'
  /** The quota is more cards than the centre has. */
  | 'QUOTA_EXCEEDS_CAPACITY'
  /** The organisation is a related party of the centre and cannot receive vouchers. */
  | 'RELATED_PARTY'
  /** The project changed meanwhile; read it again and retry. */
  | 'STALE_STAGE'
  /** The organisation has as many queued and running requests as it may. */
  | 'TOO_MANY_OPEN_REQUESTS'
  /** The move exists, but not for the caller’s role. */
  | 'TRANSITION_NOT_ALLOWED_FOR_ROLE'
  /** The cluster has no card of that type. */
  | 'UNKNOWN_CARD_TYPE'
  /** A value breaks a rule of its field (length, range, combination). */
  | 'VALIDATION_FAILED'
  /** The voucher is expired, spent, or belongs to another organisation. */
  | 'VOUCHER_NOT_USABLE'
  /** The new password breaks the policy: length, strength, or same as the current one. */
  | 'WEAK_PASSWORD';

export type CreateAllocationRequestMutationVariables = Exact<{
  input: CreateAllocationRequestInput;
}>;


export type CreateAllocationRequestMutation = { createAllocationRequest: { allocationRequest: { id: string, state: AllocationState, cards: number, cardType: string, priority: PriorityClass, requestedPriority: PriorityClass, urgency: UrgencyStatus | null, urgencyDecidedAt: string | null, queuePosition: number | null, preemptAt: string | null, startedAt: string | null, finishedAt: string | null, endReason: string | null, waitReason: { code: string, message: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };


export const CreateAllocationRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAllocationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAllocationRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAllocationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cards"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"requestedPriority"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"preemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"waitReason"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"StringValue","value":"en","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAllocationRequestMutation, CreateAllocationRequestMutationVariables>;
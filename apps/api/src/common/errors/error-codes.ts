/**
 * Top-level GraphQL error codes (`errors[].extensions.code`): authentication, authorisation,
 * malformed input and system failures. Business outcomes go in payload `userErrors` instead.
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** The HTTP request itself was refused (e.g. a body over 1 MiB): see the HTTP status. */
  BAD_REQUEST = 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  NOT_FOUND = 'NOT_FOUND',
  /** Too many failed sign-ins for this account or from this IP: see `extensions.retryAfterSeconds`. */
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  // Request limits (common/request-limits): the operation was refused before it ran, or stopped.
  /** Over the cost, alias, selection, token or sign-in limit of one operation; nothing ran. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** Too many operations executing, or mutations per minute; `extensions.retryAfterSeconds` and a Retry-After header. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** The answer was larger than the limit and was not sent. */
  RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE',
  /** Execution ran past the time limit; the resolvers still to run were refused and the answer dropped. */
  TIMEOUT = 'TIMEOUT',
  /** POST /graphql takes `application/json` only (HTTP 415). */
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
}

/** Codes carried by `userErrors` in mutation payloads. */
export enum UserErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  NOT_FOUND = 'NOT_FOUND',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  TRANSITION_NOT_ALLOWED_FOR_ROLE = 'TRANSITION_NOT_ALLOWED_FOR_ROLE',
  STALE_STAGE = 'STALE_STAGE',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  DUPLICATE_NAME = 'DUPLICATE_NAME',
  NOT_IN_ADAPTATION = 'NOT_IN_ADAPTATION',
  /** Incubation needs every adaptation checklist item done; reject or withdraw stay possible. */
  ADAPTATION_INCOMPLETE = 'ADAPTATION_INCOMPLETE',
  ORGANISATION_REQUIRED = 'ORGANISATION_REQUIRED',
  UNKNOWN_CARD_TYPE = 'UNKNOWN_CARD_TYPE',
  EXCEEDS_CLUSTER_CAPACITY = 'EXCEEDS_CLUSTER_CAPACITY',
  INVALID_CARD_COUNT = 'INVALID_CARD_COUNT',
  INVALID_DURATION = 'INVALID_DURATION',
  EXCEEDS_QUOTA = 'EXCEEDS_QUOTA',
  PROJECT_CANNOT_REQUEST = 'PROJECT_CANNOT_REQUEST',
  INVALID_STATE = 'INVALID_STATE',
  /** Only a drained node may be retired. */
  NODE_NOT_DRAINED = 'NODE_NOT_DRAINED',
  /** The node still holds running work. */
  NODE_BUSY = 'NODE_BUSY',
  /** An admin may not deactivate themselves or change their own role. */
  CANNOT_CHANGE_OWN_ACCOUNT = 'CANNOT_CHANGE_OWN_ACCOUNT',
  /** The new password breaks the policy (length, zxcvbn strength, same as the current one). */
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  /** The invitation link is unknown. */
  INVITATION_NOT_FOUND = 'INVITATION_NOT_FOUND',
  /** The invitation link is past its expiry. */
  INVITATION_EXPIRED = 'INVITATION_EXPIRED',
  /** The invitation was revoked. */
  INVITATION_REVOKED = 'INVITATION_REVOKED',
  /** The invitation was already used. */
  INVITATION_USED = 'INVITATION_USED',
  /** An open invitation for this email exists; revoke it before sending another. */
  INVITATION_PENDING = 'INVITATION_PENDING',
  /** An account with this email exists already. */
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  /** The organisation already has as many queued and running requests as it may (MAX_OPEN_REQUESTS_PER_ORG). */
  TOO_MANY_OPEN_REQUESTS = 'TOO_MANY_OPEN_REQUESTS',
  /** Only a request that asked for URGENT and still waits can have its urgency approved or declined. */
  NOT_AWAITING_URGENCY_DECISION = 'NOT_AWAITING_URGENCY_DECISION',
  /** The fair-share weight is outside MIN_WEIGHT..MAX_WEIGHT. */
  INVALID_WEIGHT = 'INVALID_WEIGHT',
  /** The quota is not a whole number of at least one card. */
  INVALID_QUOTA = 'INVALID_QUOTA',
  /** The quota is above every card the centre has. */
  QUOTA_EXCEEDS_CAPACITY = 'QUOTA_EXCEEDS_CAPACITY',
  /** The cluster still has nodes or allocation requests; only an empty cluster can be deleted. */
  CLUSTER_NOT_EMPTY = 'CLUSTER_NOT_EMPTY',
  // Billing and vouchers (billing/)
  /** The amount is not a whole number of fen above zero, or is too large. */
  INVALID_AMOUNT = 'INVALID_AMOUNT',
  /** The price is not a positive amount of at most ¥1,000,000 per card-hour with at most two decimals. */
  INVALID_PRICE = 'INVALID_PRICE',
  /** The new price would take effect inside a period that is already invoiced; choose a later date. */
  PRICE_CHANGES_ISSUED_INVOICES = 'PRICE_CHANGES_ISSUED_INVOICES',
  /** The billing period is not a calendar month YYYY-MM. */
  INVALID_PERIOD = 'INVALID_PERIOD',
  /** The month has not ended in Asia/Shanghai, so it cannot be billed yet. */
  PERIOD_NOT_ENDED = 'PERIOD_NOT_ENDED',
  /** Metered usage has a card type with no price in force; publish one first. */
  MISSING_PRICE = 'MISSING_PRICE',
  /** The payment is more than the invoice still owes. */
  OVERPAYMENT = 'OVERPAYMENT',
  /** The credit note is more than the invoice still owes. */
  CREDIT_EXCEEDS_BALANCE = 'CREDIT_EXCEEDS_BALANCE',
  /** The idempotency key was used before with a different input. */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  /** The voucher programme does not take applications now. */
  PROGRAMME_NOT_OPEN = 'PROGRAMME_NOT_OPEN',
  /** A voucher programme for that year exists already. */
  PROGRAMME_YEAR_TAKEN = 'PROGRAMME_YEAR_TAKEN',
  /** The programme’s terms contradict each other (coverage, cap, minimum, validity). */
  INVALID_PROGRAMME_TERMS = 'INVALID_PROGRAMME_TERMS',
  /** The amount is below the programme’s minimum claim. */
  BELOW_MINIMUM_CLAIM = 'BELOW_MINIMUM_CLAIM',
  /** The organisation would receive more than the programme’s per-organisation cap. */
  OVER_ORGANISATION_CAP = 'OVER_ORGANISATION_CAP',
  /** The programme’s remaining budget is smaller than the amount. */
  OVER_PROGRAMME_BUDGET = 'OVER_PROGRAMME_BUDGET',
  /** The organisation’s kind or industry is not eligible for the programme. */
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  /** The organisation is a related party of the centre and cannot receive vouchers. */
  RELATED_PARTY = 'RELATED_PARTY',
  /** The voucher is expired, spent, or belongs to another organisation. */
  VOUCHER_NOT_USABLE = 'VOUCHER_NOT_USABLE',
  // Compute-for-equity term sheets (equity/)
  /** The pre-money valuation is zero or below. */
  VALUATION_NOT_POSITIVE = 'VALUATION_NOT_POSITIVE',
  /** The credit is larger than the pre-money valuation (the centre may receive at most half the company). */
  CREDIT_EXCEEDS_VALUATION = 'CREDIT_EXCEEDS_VALUATION',
  /** The tranches do not add up to exactly 100 %. */
  TRANCHES_NOT_100_PERCENT = 'TRANCHES_NOT_100_PERCENT',
  /** The terms break another rule; the message lists the domain problem codes. */
  INVALID_TERMS = 'INVALID_TERMS',
  /** The version answered is no longer the current one; read the sheet again. */
  STALE_VERSION = 'STALE_VERSION',
  /** The term sheet is signed or withdrawn and takes no more offers or acceptances. */
  TERM_SHEET_CLOSED = 'TERM_SHEET_CLOSED',
  /** The version accepted was superseded by a later one; only the current version can be signed. */
  SIGNING_SUPERSEDED_VERSION = 'SIGNING_SUPERSEDED_VERSION',
  // Cap tables (equity/cap-tables)
  /** The share count is not a whole number above zero of at most 15 digits. */
  INVALID_SHARES = 'INVALID_SHARES',
  /** The price per share is not a non-negative exact decimal or fraction of fen. */
  INVALID_SHARE_PRICE = 'INVALID_SHARE_PRICE',
  /** The issuance would take the class past the shares its articles authorise. */
  EXCEEDS_AUTHORISED_SHARES = 'EXCEEDS_AUTHORISED_SHARES',
  /** The buy-back is more shares than the holder still has of that security. */
  BUY_BACK_EXCEEDS_HOLDING = 'BUY_BACK_EXCEEDS_HOLDING',
  /** The credit line's buy-back window has closed (or has not opened). */
  BUY_BACK_WINDOW_CLOSED = 'BUY_BACK_WINDOW_CLOSED',
  /** The signed terms of the credit line give the founders no buy-back option. */
  NO_BUY_BACK_OPTION = 'NO_BUY_BACK_OPTION',
  // Policy consulting (consulting/)
  /** The ticket is closed: no more replies or changes (reopen it first, within the reopen window). */
  TICKET_CLOSED = 'TICKET_CLOSED',
  /** The consultant is not in the consultant group of the ticket's category. */
  NOT_IN_TICKET_GROUP = 'NOT_IN_TICKET_GROUP',
  /** The resolved ticket is past its reopen window. */
  REOPEN_WINDOW_PASSED = 'REOPEN_WINDOW_PASSED',
  /** The attachment is over the size limit. */
  ATTACHMENT_TOO_LARGE = 'ATTACHMENT_TOO_LARGE',
  /** The attachment's type is not allowed. */
  ATTACHMENT_TYPE_NOT_ALLOWED = 'ATTACHMENT_TYPE_NOT_ALLOWED',
  /** The virus scan refused the attachment. */
  ATTACHMENT_REJECTED = 'ATTACHMENT_REJECTED',
  /** An SLA target is not a whole number of business minutes above zero. */
  INVALID_SLA_TARGET = 'INVALID_SLA_TARGET',
  /** A reply links a knowledge-base article that does not exist or is not published. */
  ARTICLE_NOT_PUBLISHED = 'ARTICLE_NOT_PUBLISHED',
  /** Business hours must be whole minutes with 0 ≤ start < end ≤ 24:00. */
  INVALID_BUSINESS_HOURS = 'INVALID_BUSINESS_HOURS',
  /** The day is not an existing calendar day written YYYY-MM-DD in 2000–2099. */
  INVALID_CALENDAR_DAY = 'INVALID_CALENDAR_DAY',
  /** A make-up workday (调休) must be a Saturday or Sunday; a weekday already is a workday. */
  MAKE_UP_DAY_NOT_WEEKEND = 'MAKE_UP_DAY_NOT_WEEKEND',
  // Knowledge base (knowledge-base)
  /** The draft is the same as the published version (or was never changed): publishing would add no version. */
  KB_NOTHING_TO_PUBLISH = 'KB_NOTHING_TO_PUBLISH',
  /** An article is published in both languages: the English or Chinese title or body is empty. */
  KB_TRANSLATION_MISSING = 'KB_TRANSLATION_MISSING',
  // Matchmaking (matchmaking/)
  /** A resource's capacity is not a whole number from 0 to 1,000. */
  INVALID_CAPACITY = 'INVALID_CAPACITY',
  /** A resource cannot declare a conflict with its own owner. */
  CONFLICT_WITH_OWNER = 'CONFLICT_WITH_OWNER',
  /** The resource conflicts with the startup (its own, a competitor's, its portfolio's, a declared relation). */
  RESOURCE_CONFLICT = 'RESOURCE_CONFLICT',
  /** The resource has no place left in its current period. */
  RESOURCE_AT_CAPACITY = 'RESOURCE_AT_CAPACITY',
  /** The resource is not taking matches now. */
  RESOURCE_UNAVAILABLE = 'RESOURCE_UNAVAILABLE',
  /** The resource is not of the kind the need asks for. */
  RESOURCE_KIND_MISMATCH = 'RESOURCE_KIND_MISMATCH',
  /** The caller does not answer for that side of the introduction. */
  NOT_YOUR_SIDE = 'NOT_YOUR_SIDE',
  /** The project is not the organisation's. */
  PROJECT_NOT_OF_ORGANISATION = 'PROJECT_NOT_OF_ORGANISATION',
}

/** Schema descriptions of the codes added since the schema began to describe them (see issue 10). */

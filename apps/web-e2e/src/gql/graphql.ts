/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What the invited person sets to create the account. */
export type AcceptInvitationInput = {
  /** The name others see, e.g. "王磊". */
  displayName: string;
  /** At least 10 characters and hard to guess (zxcvbn score ≥ 3). */
  password: string;
  /** The token from the invitation link. */
  token: string;
};

/** Accept one version of a term sheet for the caller’s side. */
export type AcceptTermSheetVersionInput = {
  /** The term sheet. */
  termSheetId: string | number;
  /** The version accepted; it must be the current one. */
  versionNo: number;
};

/** Identical nodes to add to a cluster. */
export type AddNodesInput = {
  /** e.g. "Ascend 910B" */
  cardType: string;
  /** Cards in each node, 1 to 64; a multiple of domainSize. */
  cardsPerNode?: number;
  /** The cluster to add them to. */
  clusterId: string | number;
  /** How many nodes, 1 to 200. */
  count: number;
  /** Cards per interconnect domain, 1 to 64; cardsPerNode must be a multiple of it. */
  domainSize?: number;
  /** Memory of each card in GB, 1 to 1024. */
  memoryGb?: number;
  /** Node names become prefix-001, prefix-002, …: 2–20 lower-case letters, digits or dashes. */
  namePrefix: string;
};

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

/** One side’s answer to a proposed introduction. */
export type AnswerIntroductionInput = {
  /** Accept or decline. */
  answer: IntroductionAnswer;
  /** The introduction. */
  introductionId: string | number;
  /** The side the caller answers for (refused with NOT_YOUR_SIDE for the other one). */
  side: IntroductionSide;
};

/** An application for incubation. */
export type ApplyForProjectInput = {
  /** The compute budget in integer fen (CNY), as a string of digits, e.g. "20000000" for ¥200,000. */
  budgetFen?: string | null | undefined;
  /** Roughly how many cards of cardType, 1–10,000; give it with cardType. */
  cardCountEstimate?: number | null | undefined;
  /** The card type expected to be needed, e.g. "ascend-910b"; give it with cardCountEstimate. */
  cardType?: string | null | undefined;
  /** One or more ways to work with the centre. */
  cooperationModes: Array<CooperationMode>;
  /** The project’s name, 2–120 characters, unique within the organisation. */
  name: string;
  /** Staff apply on behalf of an organisation; founders omit it. */
  organisationId?: string | number | null | undefined;
  /** e.g. "CUDA/NVIDIA" (the default). */
  sourcePlatform?: string | null | undefined;
  /** What the project does and needs, up to 5000 characters. */
  summary: string;
};

/** Apply for a compute voucher. */
export type ApplyForVoucherInput = {
  /** Amount in fen. */
  amountFen: string;
  /** Staff applying on an organisation’s behalf name it; founders apply for their own. */
  organisationId?: string | number | null | undefined;
  /** The programme. */
  programmeId: string | number;
  /** The project the compute is for. */
  projectId?: string | number | null | undefined;
  /** What the compute is for. */
  purpose: string;
};

/** Approve an application, possibly for less than asked. */
export type ApproveVoucherApplicationInput = {
  /** Amount approved in fen; by default the amount applied for. */
  amountFen?: string | null | undefined;
  /** The application. */
  applicationId: string | number;
  /** Optional; a retry with the same key returns the first answer and changes nothing more. */
  idempotencyKey?: string | null | undefined;
};

/** The founders’ option to buy the centre’s shares back. */
export type BuyBackInput = {
  /** Months after signing (Asia/Shanghai) the option is open, 1–120. */
  months: number;
  /** Premium over the price the centre paid, in basis points (0–10000). */
  premiumBasisPoints: number;
};

/** What a resource’s capacity counts. */
export type CapacityPeriod =
  /** Introductions accepted and not concluded yet (at once). */
  | 'CONCURRENT'
  /** Introductions accepted in the Shanghai calendar month. */
  | 'MONTH'
  /** Introductions accepted in the Shanghai calendar quarter. */
  | 'QUARTER';

/** Why a resource must never be introduced to an organisation. */
export type ConflictReason =
  /** A declared relation (a shareholder, a family tie, a dispute). */
  | 'DECLARED'
  /** An investor’s portfolio company. */
  | 'PORTFOLIO';

/** How a project works with the centre. */
export type CooperationMode =
  /** Pays for compute with shares instead of cash. */
  | 'COMPUTE_FOR_EQUITY'
  /** The centre incubates the project jointly. */
  | 'JOINT_INCUBATION'
  /** Rents compute at below-market prices. */
  | 'RENTAL';

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

/** A new, empty cluster. */
export type CreateClusterInput = {
  /** Optional notes, up to 500 characters. */
  description?: string | null | undefined;
  /** Unique (ignoring case), 2–60 characters after trimming, e.g. "成都智算中心 · 二期"; longer is userError VALIDATION_FAILED. */
  name: string;
};

/** A new article, saved as a draft. */
export type CreateKbArticleInput = {
  /** English body, plain text; at most 20,000 characters; needed to publish. */
  bodyEn?: string;
  /** Chinese body, plain text; at most 20,000 characters; needed to publish. */
  bodyZh?: string;
  /** What the article is about. */
  category: TicketCategory;
  /** Address; derived from the English title when left out. */
  slug?: string | null | undefined;
  /** English title; at most 200 characters; needed to publish. */
  titleEn?: string;
  /** Chinese title; not blank, at most 200 characters. */
  titleZh: string;
};

/** A new resource: exactly one owner, a person or an organisation. */
export type CreateMatchResourceInput = {
  /** Off: on leave or not taking new matches. */
  available?: boolean;
  /** Takes matches from then on. */
  availableFrom?: string | null | undefined;
  /** Takes matches until then. */
  availableUntil?: string | null | undefined;
  /** Places per period, 0 to 1,000. */
  capacity: number;
  /** What the capacity counts. */
  capacityPeriod: CapacityPeriod;
  /** Organisations it must never meet (replaces the list); at most 100. */
  conflicts?: Array<ResourceConflictInput>;
  /** What it offers; at most 4,000 characters. */
  description?: string;
  /** What it is. */
  kind: ResourceKind;
  /** Its name; 1 to 120 characters. */
  name: string;
  /** The organisation that owns it (its members answer). */
  ownerOrganisationId?: string | number | null | undefined;
  /** The person who owns it (a consultant, a manager, an engineer). */
  ownerUserId?: string | number | null | undefined;
  /** Its tags. */
  tags: MatchTagsInput;
};

/** A new customer organisation. */
export type CreateOrganisationInput = {
  /** Its industry. */
  industry: Industry;
  /** Any kind but CENTRE: the centre exists once. */
  kind: OrganisationKind;
  /** 2–80 characters after trimming; unique ignoring case. */
  name: string;
  /** STANDARD when omitted. */
  sensitivityTier?: SensitivityTier | null | undefined;
};

/** The industry an organisation serves. */
export type Industry =
  /** AI services and models. */
  | 'AI_SERVICES'
  /** Education. */
  | 'EDUCATION'
  /** Healthcare. */
  | 'HEALTHCARE'
  /** Manufacturing. */
  | 'MANUFACTURING'
  /** New energy. */
  | 'NEW_ENERGY'
  /** The public sector. */
  | 'PUBLIC_SECTOR'
  /** Remote sensing. */
  | 'REMOTE_SENSING'
  /** Telecommunications. */
  | 'TELECOMS'
  /** Transport. */
  | 'TRANSPORT';

/** A side’s answer to a proposed introduction. */
export type IntroductionAnswer =
  /** Yes, let us meet. */
  | 'ACCEPT'
  /** No. */
  | 'DECLINE';

/** What came of an introduction. */
export type IntroductionOutcome =
  /** A deal (a contract, a partnership). */
  | 'DEAL'
  /** An investment. */
  | 'INVESTMENT'
  /** Nothing came of it. */
  | 'NO_DEAL'
  /** A pilot project. */
  | 'PILOT';

/** One side of an introduction. */
export type IntroductionSide =
  /** The resource (its owner, or a member of its owner organisation, answers). */
  | 'RESOURCE'
  /** The startup that posted the need (its founders answer). */
  | 'STARTUP';

/** Where an introduction stands. */
export type IntroductionStatus =
  /** Both sides accepted; it holds one of the resource’s places. */
  | 'ACCEPTED'
  /** The outcome is recorded. */
  | 'CONCLUDED'
  /** One side declined. */
  | 'DECLINED'
  /** They met. */
  | 'MET'
  /** Proposed by a manager; waiting for both sides to answer. */
  | 'PROPOSED';

/** Whom to invite, into which organisation, with which role. */
export type InviteUserInput = {
  /** Where the invitation link is sent; no account may have it yet. */
  email: string;
  /** The organisation the new account joins. */
  organisationId: string | number;
  /** FOUNDER when omitted. Only admins invite staff roles. */
  role?: Role | null | undefined;
};

/** Whether readers see a knowledge-base article. */
export type KbArticleStatus =
  /** Never published: only staff see it. */
  | 'DRAFT'
  /** Readers see its published version; staff may be editing a newer draft. */
  | 'PUBLISHED'
  /** Was published, now hidden from readers; its versions are kept. */
  | 'UNPUBLISHED';

/** Tags; each list at most 20 slugs (letters, digits, hyphens; spaces and case are normalised). */
export type MatchTagsInput = {
  /** Industries. */
  industries?: Array<string>;
  /** Regions. */
  regions?: Array<string>;
  /** Project stages. */
  stages?: Array<string>;
  /** Technologies. */
  technologies?: Array<string>;
};

/** Where a need stands. */
export type NeedState =
  /** Withdrawn or done; no more suggestions. */
  | 'CLOSED'
  /** An introduction for it was accepted by both sides. */
  | 'MATCHED'
  /** Looking for a match. */
  | 'OPEN';

/** How urgent a startup’s need is. */
export type NeedUrgency =
  /** Critical: blocks the project. */
  | 'CRITICAL'
  /** High. */
  | 'HIGH'
  /** Low. */
  | 'LOW'
  /** Normal. */
  | 'NORMAL';

/** What kind of organisation a tenant is. */
export type OrganisationKind =
  /** The computing centre itself (exactly one). */
  | 'CENTRE'
  /** A government department. */
  | 'GOVERNMENT'
  /** A large enterprise. */
  | 'LARGE_ENTERPRISE'
  /** A research institute. */
  | 'RESEARCH_INSTITUTE'
  /** A small or medium enterprise. */
  | 'SME'
  /** A startup. */
  | 'STARTUP'
  /** A university. */
  | 'UNIVERSITY';

/** A startup’s need, for one of its projects. */
export type PostMatchNeedInput = {
  /** Competitors to keep away from (customers, investors tied to them); at most 50. */
  competitorOrganisationIds?: Array<string | number>;
  /** What exactly is needed; 1 to 4,000 characters. */
  description: string;
  /** The kind of resource asked for. */
  kind: ResourceKind;
  /** The startup; founders may leave it out (their own), managers name it. */
  organisationId?: string | number | null | undefined;
  /** The project it serves; must be the organisation’s. */
  projectId: string | number;
  /** Its tags. */
  tags: MatchTagsInput;
  /** How urgent. */
  urgency?: NeedUrgency;
};

/** ADAPTATION fills gaps (porting work), STANDARD is the default, URGENT may preempt preemptible work. */
export type PriorityClass =
  /** The lowest class, for porting work: it fills gaps. */
  | 'ADAPTATION'
  /** The default, between the other two. */
  | 'STANDARD'
  /** The highest class; may preempt preemptible work. */
  | 'URGENT';

/** A project’s lifecycle: APPLIED → SCREENING → ADAPTATION → INCUBATING → GRADUATED, or EXITED / REJECTED. */
export type ProjectStage =
  /** Porting the models to Ascend: 14 days, free of charge, with a checklist. */
  | 'ADAPTATION'
  /** Application received, not yet screened. */
  | 'APPLIED'
  /** Left before graduating (final). */
  | 'EXITED'
  /** Left incubation successfully (final). */
  | 'GRADUATED'
  /** In incubation, using the centre’s compute and services. */
  | 'INCUBATING'
  /** The application was turned down (final). */
  | 'REJECTED'
  /** Managers are assessing the application. */
  | 'SCREENING';

/** A manager’s proposal: the assignment’s resource, another ranked one (a swap) or any other (an override). */
export type ProposeIntroductionInput = {
  /** The open need. */
  needId: string | number;
  /** The resource; refused if it conflicts with the startup, is full or unavailable. */
  resourceId: string | number;
};

/** Open a term sheet for a project with its first version (centre staff). */
export type ProposeTermSheetInput = {
  /** The project. */
  projectId: string | number;
  /** The proposed terms. */
  terms: TermSheetTermsInput;
};

/** An organisation a resource must never be introduced to. */
export type ResourceConflictInput = {
  /** The organisation (never the resource’s own owner). */
  organisationId: string | number;
  /** Why. */
  reason?: ConflictReason;
};

/** What a resource offered to startups is. */
export type ResourceKind =
  /** An engineer who ports models to domestic accelerators. */
  | 'ADAPTATION_ENGINEER'
  /** A prospective customer for a pilot or a purchase. */
  | 'CUSTOMER'
  /** A data set a provider offers. */
  | 'DATASET'
  /** An investor (a fund, an angel). */
  | 'INVESTOR'
  /** A mentor (a consultant, a manager, a professor). */
  | 'MENTOR'
  /** A partner company (technology, channel). */
  | 'PARTNER';

/** What a person (or, for INTEGRATION, a token) may do. */
export type Role =
  /** Centre staff with every permission: accounts, tokens, audit log. */
  | 'ADMIN'
  /** Policy consultant: reads organisations, projects and compute. */
  | 'CONSULTANT'
  /** A customer’s person: sees and acts for their own organisation only. */
  | 'FOUNDER'
  /** The role of API tokens; what a token may do comes from its scopes. */
  | 'INTEGRATION'
  /** Incubation manager: organisations, projects, compute, scheduling, invitations. */
  | 'MANAGER';

/** HIGH marks medical or otherwise sensitive data: shown everywhere the organisation appears. */
export type SensitivityTier =
  /** Data that needs more care than usual. */
  | 'ELEVATED'
  /** Medical or otherwise sensitive data. */
  | 'HIGH'
  /** Ordinary business data. */
  | 'STANDARD';

/** Credentials of a person. */
export type SignInInput = {
  /** The account’s email address. */
  email: string;
  /** The account’s password. */
  password: string;
};

/** Who a holder of a startup’s shares is. */
export type StakeholderKind =
  /** The computing centre, holding the shares its compute credit earned; one per startup, added only when a credit line opens. */
  | 'CENTRE'
  /** An employee (shares or an employee shareholding platform). */
  | 'EMPLOYEE'
  /** A founder of the startup. */
  | 'FOUNDER'
  /** An outside investor. */
  | 'INVESTOR'
  /** Anyone else. */
  | 'OTHER';

/** A party to a term sheet. */
export type TermSheetSide =
  /** The computing centre (its managers and admins). */
  | 'CENTRE'
  /** The startup (its founders). */
  | 'FOUNDER';

/** Where a term sheet is in its negotiation. */
export type TermSheetStatus =
  /** The sides are exchanging versions; nothing is signed yet. */
  | 'OPEN'
  /** Both sides accepted the same version; the terms bind. */
  | 'SIGNED'
  /** One side withdrew; no further versions or acceptances. */
  | 'WITHDRAWN';

/** The terms of one version of a term sheet. */
export type TermSheetTermsInput = {
  /** The buy-back option; null for none. */
  buyBack?: BuyBackInput | null | undefined;
  /** Credit not drawn by this instant expires. */
  creditExpiresAt: string;
  /** The compute credit the centre grants, in fen. */
  creditFen: string;
  /** All shares before the deal, fully diluted, as a decimal string. */
  preMoneyFullyDilutedShares: string;
  /** The company’s valuation before the credit, in fen; above zero, and at least the credit. */
  preMoneyValuationFen: string;
  /** The class of the shares issued to the centre, e.g. A轮优先股. */
  shareClass: string;
  /** The tranches, in the order they are drawn; their parts add up to 100 %. */
  tranches: Array<TrancheInput>;
};

/** What a consulting question or a knowledge-base article is about. */
export type TicketCategory =
  /** Porting models to Ascend (适配). */
  | 'ADAPTATION'
  /** Compute vouchers (算力券). */
  | 'COMPUTE_VOUCHERS'
  /** Data compliance and cross-border data export (数据合规). */
  | 'DATA_COMPLIANCE'
  /** Anything else (其他). */
  | 'OTHER'
  /** Subsidies and industrial policy (补贴与政策). */
  | 'SUBSIDIES_POLICY'
  /** Talent policy, e.g. 蓉漂计划 (人才). */
  | 'TALENT'
  /** Tax, e.g. high-tech enterprise relief (税务). */
  | 'TAX';

/** The kind of object a ticket is about. */
export type TicketLinkKind =
  /** An invoice. */
  | 'INVOICE'
  /** A project. */
  | 'PROJECT'
  /** A term sheet. */
  | 'TERM_SHEET'
  /** A voucher application. */
  | 'VOUCHER_APPLICATION';

/** Who reads a message. */
export type TicketMessageVisibility =
  /** An internal note: staff only, never the founder. */
  | 'INTERNAL'
  /** A reply in the thread: the founder and staff. */
  | 'PUBLIC';

/** Where a ticket stands. */
export type TicketStatus =
  /** Done; no more replies (reopen within the window). */
  | 'CLOSED'
  /** Opened, nobody has answered yet. */
  | 'NEW'
  /** The consultants owe the next move. */
  | 'OPEN'
  /** Answered; the founder may rate it, or reopen it within the reopen window. */
  | 'RESOLVED'
  /** The founder owes the next move; the SLA clock is paused. */
  | 'WAITING_FOR_CUSTOMER';

/** One tranche of the credit and of the centre’s shares. */
export type TrancheInput = {
  /** Its part of the whole, in basis points (2500 = 25 %); the tranches add up to 10000. */
  percentBasisPoints: number;
  /** What releases it. */
  release: TrancheReleaseInput;
};

/** What releases a tranche; give the field its kind needs. */
export type TrancheReleaseInput = {
  /** DATE: the instant from which the tranche is released. */
  at?: string | null | undefined;
  /** The kind of condition. */
  kind: TrancheReleaseKind;
  /** MILESTONE_ACCEPTED: the key of the milestone the centre accepts. */
  milestoneKey?: string | null | undefined;
  /** STAGE_REACHED: the project lifecycle stage, e.g. INCUBATING. */
  stage?: string | null | undefined;
  /** PREVIOUS_DRAWN: how much of the previous tranche’s credit must be drawn, in basis points (1–10000). */
  thresholdBasisPoints?: number | null | undefined;
};

/** What releases a tranche’s credit. */
export type TrancheReleaseKind =
  /** The instant `at` has passed. */
  | 'DATE'
  /** The centre has accepted the milestone `milestoneKey`. */
  | 'MILESTONE_ACCEPTED'
  /** Released as soon as the term sheet is signed. */
  | 'ON_SIGNING'
  /** The previous tranche has been drawn to at least thresholdBasisPoints of its credit. */
  | 'PREVIOUS_DRAWN'
  /** The project has reached the lifecycle stage `stage`. */
  | 'STAGE_REACHED';

/** Moves a project to another lifecycle stage. */
export type TransitionProjectInput = {
  /** The project. */
  projectId: string | number;
  /** Why: kept in the project history for good. */
  reason: string;
  /** The stage to move to; see Project.availableTransitions. */
  toStage: ProjectStage;
};

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
  /** A linked knowledge-base article does not exist or is not published. */
  | 'ARTICLE_NOT_PUBLISHED'
  /** The virus scan refused the attachment. */
  | 'ATTACHMENT_REJECTED'
  /** The attachment is larger than the limit. */
  | 'ATTACHMENT_TOO_LARGE'
  /** The attachment’s file type is not allowed (PDF, images, text, office documents, zip). */
  | 'ATTACHMENT_TYPE_NOT_ALLOWED'
  /** The amount is below the programme’s minimum claim. */
  | 'BELOW_MINIMUM_CLAIM'
  /** The buy-back is more shares than the holder still has of that security. */
  | 'BUY_BACK_EXCEEDS_HOLDING'
  /** The credit line’s buy-back window has closed (or has not opened yet). */
  | 'BUY_BACK_WINDOW_CLOSED'
  /** An admin may not deactivate themselves or change their own role. */
  | 'CANNOT_CHANGE_OWN_ACCOUNT'
  /** The cluster still has nodes or allocation requests, so it cannot be deleted. */
  | 'CLUSTER_NOT_EMPTY'
  /** A resource cannot declare a conflict of interest with its own owner. */
  | 'CONFLICT_WITH_OWNER'
  /** The credit note is more than the invoice still owes. */
  | 'CREDIT_EXCEEDS_BALANCE'
  /** The credit is larger than the pre-money valuation allows. */
  | 'CREDIT_EXCEEDS_VALUATION'
  /** The name is taken (ignoring case). */
  | 'DUPLICATE_NAME'
  /** An account with this email exists already. */
  | 'EMAIL_TAKEN'
  /** The issuance would take the class past the shares its articles authorise. */
  | 'EXCEEDS_AUTHORISED_SHARES'
  /** More cards than the cluster could ever place at once. */
  | 'EXCEEDS_CLUSTER_CAPACITY'
  /** The organisation would hold more cards than its quota. */
  | 'EXCEEDS_QUOTA'
  /** The idempotency key was used before with a different input. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The amount is not a whole number of fen above zero, or is too large. */
  | 'INVALID_AMOUNT'
  /** The business hours are not whole minutes with 0 ≤ start < end ≤ 1440 (24:00). */
  | 'INVALID_BUSINESS_HOURS'
  /** The day is not an existing calendar day written YYYY-MM-DD in 2000–2099. */
  | 'INVALID_CALENDAR_DAY'
  /** A resource’s capacity is not a whole number from 0 to 1,000. */
  | 'INVALID_CAPACITY'
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
  /** The share count is not a whole number above zero of at most 15 digits. */
  | 'INVALID_SHARES'
  /** The price per share is not a non-negative exact decimal (257.142857) or fraction (1800000000/7000000) of fen. */
  | 'INVALID_SHARE_PRICE'
  /** An SLA target is not a whole number of business minutes above zero. */
  | 'INVALID_SLA_TARGET'
  /** The object is not in a state that allows this (e.g. already ended). */
  | 'INVALID_STATE'
  /** The terms break another rule; the message lists the problems. */
  | 'INVALID_TERMS'
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
  /** The article’s draft is the same as its published version, so publishing would add no version. */
  | 'KB_NOTHING_TO_PUBLISH'
  /** An article is published in both languages; its Chinese or English title or body is empty. */
  | 'KB_TRANSLATION_MISSING'
  /** A make-up workday (调休) must fall on a Saturday or Sunday. */
  | 'MAKE_UP_DAY_NOT_WEEKEND'
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
  /** The consultant is not in the consultant group of the ticket’s category. */
  | 'NOT_IN_TICKET_GROUP'
  /** The caller does not answer for that side of the introduction (a founder answers for the startup, the owner for the resource). */
  | 'NOT_YOUR_SIDE'
  /** The signed terms of the credit line give the founders no buy-back option. */
  | 'NO_BUY_BACK_OPTION'
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
  /** The project is not the organisation’s. */
  | 'PROJECT_NOT_OF_ORGANISATION'
  /** The quota is more cards than the centre has. */
  | 'QUOTA_EXCEEDS_CAPACITY'
  /** The organisation is a related party of the centre and cannot receive vouchers. */
  | 'RELATED_PARTY'
  /** The ticket was resolved longer ago than the reopen window allows; open a new one. */
  | 'REOPEN_WINDOW_PASSED'
  /** The resource has no place left in its current period. */
  | 'RESOURCE_AT_CAPACITY'
  /** The resource has a conflict of interest with the startup (its own, a competitor’s, an investor in a competitor, a declared relation). */
  | 'RESOURCE_CONFLICT'
  /** The resource is not of the kind the need asks for. */
  | 'RESOURCE_KIND_MISMATCH'
  /** The resource is not taking matches now (off, or outside its availability dates). */
  | 'RESOURCE_UNAVAILABLE'
  /** Only the current version can be accepted; a later one superseded it. */
  | 'SIGNING_SUPERSEDED_VERSION'
  /** The project changed meanwhile; read it again and retry. */
  | 'STALE_STAGE'
  /** The version answered is no longer the current one; read the term sheet again. */
  | 'STALE_VERSION'
  /** The term sheet is signed or withdrawn; it takes no more offers or acceptances. */
  | 'TERM_SHEET_CLOSED'
  /** The ticket is closed; reopen it (within the reopen window) before replying or changing it. */
  | 'TICKET_CLOSED'
  /** The organisation has as many queued and running requests as it may. */
  | 'TOO_MANY_OPEN_REQUESTS'
  /** The tranches do not add up to exactly 100 %. */
  | 'TRANCHES_NOT_100_PERCENT'
  /** The move exists, but not for the caller’s role. */
  | 'TRANSITION_NOT_ALLOWED_FOR_ROLE'
  /** The cluster has no card of that type. */
  | 'UNKNOWN_CARD_TYPE'
  /** A value breaks a rule of its field (length, range, combination). */
  | 'VALIDATION_FAILED'
  /** The pre-money valuation is zero or below. */
  | 'VALUATION_NOT_POSITIVE'
  /** The voucher is expired, spent, or belongs to another organisation. */
  | 'VOUCHER_NOT_USABLE'
  /** The new password breaks the policy: length, strength, or same as the current one. */
  | 'WEAK_PASSWORD';

export type E2eVoucherProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eVoucherProgrammesQuery = { voucherProgrammes: Array<{ id: string, status: string }> };

export type E2eTicketQueryVariables = Exact<{
  id: string | number;
}>;


export type E2eTicketQuery = { ticket: { id: string, status: TicketStatus, linkedKind: TicketLinkKind | null, linkedId: string | null, satisfaction: number | null, messages: Array<{ visibility: TicketMessageVisibility, body: string }> } | null };

export type E2eTicketThreadQueryVariables = Exact<{
  id: string | number;
}>;


export type E2eTicketThreadQuery = { ticket: { id: string, messages: Array<{ id: string, body: string, linkedArticles: Array<{ articleId: string, slug: string }> }>, attachments: Array<{ id: string, messageId: string, fileName: string, sizeBytes: number }> } | null };

export type E2eCreateKbArticleMutationVariables = Exact<{
  input: CreateKbArticleInput;
}>;


export type E2eCreateKbArticleMutation = { createKbArticle: { article: { id: string, slug: string } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type E2ePublishKbArticleMutationVariables = Exact<{
  articleId: string | number;
}>;


export type E2ePublishKbArticleMutation = { publishKbArticle: { article: { id: string, status: KbArticleStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type E2eKbArticleCountersQueryVariables = Exact<{
  id: string | number;
}>;


export type E2eKbArticleCountersQuery = { kbArticle: { id: string, deflectionCount: number, linkedInReplies: number | null } | null };

export type E2eKbArticleBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type E2eKbArticleBySlugQuery = { kbArticle: { id: string, status: KbArticleStatus, category: TicketCategory, deflectionCount: number, published: { version: number, titleZh: string, titleEn: string, bodyEn: string } | null } | null };

export type E2eMyTicketCountQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eMyTicketCountQuery = { tickets: { totalCount: number } };

export type E2eMyProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eMyProjectsQuery = { projects: { edges: Array<{ node: { id: string, name: string, organisation: { id: string } } }> } };

export type E2eCentreHoldingQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type E2eCentreHoldingQuery = { capTable: { stakeholders: Array<{ kind: StakeholderKind, shares: string }> } | null };

export type E2eProjectTermSheetsQueryVariables = Exact<{
  projectId?: string | number | null | undefined;
}>;


export type E2eProjectTermSheetsQuery = { termSheets: Array<{ id: string, status: TermSheetStatus, signedVersionNo: number | null, currentVersion: { versionNo: number, terms: { creditFen: string }, derived: { centreShares: string } }, acceptances: Array<{ versionNo: number, side: TermSheetSide }> }> };

export type E2eMatchNeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eMatchNeedsQuery = { matchNeeds: { edges: Array<{ node: { id: string, state: NeedState, description: string, kind: ResourceKind } }> } };

export type E2eIntroductionsQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eIntroductionsQuery = { introductions: { edges: Array<{ node: { id: string, status: IntroductionStatus, needId: string, resourceId: string, startupAnswer: IntroductionAnswer | null, resourceAnswer: IntroductionAnswer | null, metOn: string | null, outcome: IntroductionOutcome | null, outcomeNotes: string | null, mySides: Array<IntroductionSide> } }> } };

export type E2eMatchResourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eMatchResourcesQuery = { matchResources: { edges: Array<{ node: { id: string, name: string, capacityUse: { taken: number, left: number } } }> } };

export type E2eAnswerIntroductionMutationVariables = Exact<{
  input: AnswerIntroductionInput;
}>;


export type E2eAnswerIntroductionMutation = { answerIntroduction: { introduction: { id: string, status: IntroductionStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type E2eCreateMatchResourceMutationVariables = Exact<{
  input: CreateMatchResourceInput;
}>;


export type E2eCreateMatchResourceMutation = { createMatchResource: { resource: { id: string, name: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type E2eMatchMeQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eMatchMeQuery = { me: { id: string, displayName: string } };

export type E2ePostMatchNeedMutationVariables = Exact<{
  input: PostMatchNeedInput;
}>;


export type E2ePostMatchNeedMutation = { postMatchNeed: { need: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type E2eProposeIntroductionMutationVariables = Exact<{
  input: ProposeIntroductionInput;
}>;


export type E2eProposeIntroductionMutation = { proposeIntroduction: { introduction: { id: string, status: IntroductionStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type E2eMatchmakingSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eMatchmakingSettingsQuery = { matchmakingSettings: { reminderDays: number } };

export type E2eOpenProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eOpenProgrammesQuery = { voucherProgrammes: Array<{ id: string, status: string }> };

export type E2eApplyForVoucherMutationVariables = Exact<{
  input: ApplyForVoucherInput;
}>;


export type E2eApplyForVoucherMutation = { applyForVoucher: { application: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type E2eApproveVoucherApplicationMutationVariables = Exact<{
  input: ApproveVoucherApplicationInput;
}>;


export type E2eApproveVoucherApplicationMutation = { approveVoucherApplication: { voucher: { code: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type E2eProposeTermsMutationVariables = Exact<{
  input: ProposeTermSheetInput;
}>;


export type E2eProposeTermsMutation = { proposeTermSheet: { termSheet: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type E2eAcceptTermsMutationVariables = Exact<{
  input: AcceptTermSheetVersionInput;
}>;


export type E2eAcceptTermsMutation = { acceptTermSheetVersion: { termSheet: { id: string, status: TermSheetStatus, creditLine: { id: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type E2eSignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type E2eSignInMutation = { signIn: { token: string | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type E2eCreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type E2eCreateOrganisationMutation = { createOrganisation: { organisation: { id: string, name: string } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type E2eInviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type E2eInviteUserMutation = { inviteUser: { inviteUrl: string | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type E2eAcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type E2eAcceptInvitationMutation = { acceptInvitation: { user: { id: string, email: string } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type E2eApplyForProjectMutationVariables = Exact<{
  input: ApplyForProjectInput;
}>;


export type E2eApplyForProjectMutation = { applyForProject: { project: { id: string, name: string, stage: ProjectStage } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type E2eTransitionProjectMutationVariables = Exact<{
  input: TransitionProjectInput;
}>;


export type E2eTransitionProjectMutation = { transitionProject: { project: { id: string, stage: ProjectStage } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type E2eClustersQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eClustersQuery = { clusters: Array<{ id: string, name: string }> };

export type E2eCreateClusterMutationVariables = Exact<{
  input: CreateClusterInput;
}>;


export type E2eCreateClusterMutation = { createCluster: { cluster: { id: string, name: string } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type E2eAddNodesMutationVariables = Exact<{
  input: AddNodesInput;
}>;


export type E2eAddNodesMutation = { addNodes: { cluster: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type E2eCreateAllocationRequestMutationVariables = Exact<{
  input: CreateAllocationRequestInput;
}>;


export type E2eCreateAllocationRequestMutation = { createAllocationRequest: { allocationRequest: { id: string, state: AllocationState, cards: number } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type E2eAllocationRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type E2eAllocationRequestQuery = { allocationRequest: { id: string, state: AllocationState, priority: PriorityClass, urgency: UrgencyStatus | null } | null };

export type E2eAllocationRequestCountQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eAllocationRequestCountQuery = { allocationRequests: { totalCount: number } };

export type E2eOpenAllocationRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eOpenAllocationRequestsQuery = { allocationRequests: { edges: Array<{ node: { id: string, cards: number, state: AllocationState } }> } };

export type E2eCancelAllocationRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type E2eCancelAllocationRequestMutation = { cancelAllocationRequest: { allocationRequest: { id: string, state: AllocationState } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type E2eCentreCardsQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eCentreCardsQuery = { organisationScheduling: { centreCards: number } };


export const E2eVoucherProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eVoucherProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucherProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<E2eVoucherProgrammesQuery, E2eVoucherProgrammesQueryVariables>;
export const E2eTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"linkedKind"}},{"kind":"Field","name":{"kind":"Name","value":"linkedId"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<E2eTicketQuery, E2eTicketQueryVariables>;
export const E2eTicketThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eTicketThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"linkedArticles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articleId"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]}}]}}]} as unknown as DocumentNode<E2eTicketThreadQuery, E2eTicketThreadQueryVariables>;
export const E2eCreateKbArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2eCreateKbArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateKbArticleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createKbArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<E2eCreateKbArticleMutation, E2eCreateKbArticleMutationVariables>;
export const E2ePublishKbArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2ePublishKbArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"articleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishKbArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"articleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"articleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<E2ePublishKbArticleMutation, E2ePublishKbArticleMutationVariables>;
export const E2eKbArticleCountersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eKbArticleCounters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kbArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deflectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"linkedInReplies"}}]}}]}}]} as unknown as DocumentNode<E2eKbArticleCountersQuery, E2eKbArticleCountersQueryVariables>;
export const E2eKbArticleBySlugDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eKbArticleBySlug"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kbArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"deflectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"bodyEn"}}]}}]}}]}}]} as unknown as DocumentNode<E2eKbArticleBySlugQuery, E2eKbArticleBySlugQueryVariables>;
export const E2eMyTicketCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eMyTicketCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<E2eMyTicketCountQuery, E2eMyTicketCountQueryVariables>;
export const E2eMyProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eMyProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<E2eMyProjectsQuery, E2eMyProjectsQueryVariables>;
export const E2eCentreHoldingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eCentreHolding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capTable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stakeholders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}}]}}]}}]} as unknown as DocumentNode<E2eCentreHoldingQuery, E2eCentreHoldingQueryVariables>;
export const E2eProjectTermSheetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eProjectTermSheets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termSheets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"derived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centreShares"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"side"}}]}}]}}]}}]} as unknown as DocumentNode<E2eProjectTermSheetsQuery, E2eProjectTermSheetsQueryVariables>;
export const E2eMatchNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eMatchNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<E2eMatchNeedsQuery, E2eMatchNeedsQueryVariables>;
export const E2eIntroductionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eIntroductions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"introductions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"startupAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"resourceAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"metOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNotes"}},{"kind":"Field","name":{"kind":"Name","value":"mySides"}}]}}]}}]}}]}}]} as unknown as DocumentNode<E2eIntroductionsQuery, E2eIntroductionsQueryVariables>;
export const E2eMatchResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eMatchResources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CUSTOMER"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capacityUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"left"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<E2eMatchResourcesQuery, E2eMatchResourcesQueryVariables>;
export const E2eAnswerIntroductionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2eAnswerIntroduction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerIntroductionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerIntroduction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"introduction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<E2eAnswerIntroductionMutation, E2eAnswerIntroductionMutationVariables>;
export const E2eCreateMatchResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2eCreateMatchResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMatchResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMatchResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<E2eCreateMatchResourceMutation, E2eCreateMatchResourceMutationVariables>;
export const E2eMatchMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eMatchMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<E2eMatchMeQuery, E2eMatchMeQueryVariables>;
export const E2ePostMatchNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2ePostMatchNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostMatchNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postMatchNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<E2ePostMatchNeedMutation, E2ePostMatchNeedMutationVariables>;
export const E2eProposeIntroductionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2eProposeIntroduction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeIntroductionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeIntroduction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"introduction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<E2eProposeIntroductionMutation, E2eProposeIntroductionMutationVariables>;
export const E2eMatchmakingSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eMatchmakingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchmakingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderDays"}}]}}]}}]} as unknown as DocumentNode<E2eMatchmakingSettingsQuery, E2eMatchmakingSettingsQueryVariables>;
export const E2eOpenProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eOpenProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucherProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<E2eOpenProgrammesQuery, E2eOpenProgrammesQueryVariables>;
export const E2eApplyForVoucherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2eApplyForVoucher"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForVoucherInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForVoucher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<E2eApplyForVoucherMutation, E2eApplyForVoucherMutationVariables>;
export const E2eApproveVoucherApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2eApproveVoucherApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveVoucherApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveVoucherApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<E2eApproveVoucherApplicationMutation, E2eApproveVoucherApplicationMutationVariables>;
export const E2eProposeTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2eProposeTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeTermSheetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeTermSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termSheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<E2eProposeTermsMutation, E2eProposeTermsMutationVariables>;
export const E2eAcceptTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2eAcceptTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptTermSheetVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptTermSheetVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termSheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"creditLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<E2eAcceptTermsMutation, E2eAcceptTermsMutationVariables>;
export const E2eSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2eSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<E2eSignInMutation, E2eSignInMutationVariables>;
export const E2eCreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2eCreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<E2eCreateOrganisationMutation, E2eCreateOrganisationMutationVariables>;
export const E2eInviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2eInviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<E2eInviteUserMutation, E2eInviteUserMutationVariables>;
export const E2eAcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2eAcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<E2eAcceptInvitationMutation, E2eAcceptInvitationMutationVariables>;
export const E2eApplyForProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2eApplyForProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<E2eApplyForProjectMutation, E2eApplyForProjectMutationVariables>;
export const E2eTransitionProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2eTransitionProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<E2eTransitionProjectMutation, E2eTransitionProjectMutationVariables>;
export const E2eClustersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eClusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<E2eClustersQuery, E2eClustersQueryVariables>;
export const E2eCreateClusterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2eCreateCluster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClusterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<E2eCreateClusterMutation, E2eCreateClusterMutationVariables>;
export const E2eAddNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2eAddNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddNodesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<E2eAddNodesMutation, E2eAddNodesMutationVariables>;
export const E2eCreateAllocationRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2eCreateAllocationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAllocationRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAllocationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cards"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<E2eCreateAllocationRequestMutation, E2eCreateAllocationRequestMutationVariables>;
export const E2eAllocationRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eAllocationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}}]}}]}}]} as unknown as DocumentNode<E2eAllocationRequestQuery, E2eAllocationRequestQueryVariables>;
export const E2eAllocationRequestCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eAllocationRequestCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<E2eAllocationRequestCountQuery, E2eAllocationRequestCountQueryVariables>;
export const E2eOpenAllocationRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eOpenAllocationRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"QUEUED"},{"kind":"EnumValue","value":"RUNNING"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cards"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<E2eOpenAllocationRequestsQuery, E2eOpenAllocationRequestsQueryVariables>;
export const E2eCancelAllocationRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"E2eCancelAllocationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAllocationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<E2eCancelAllocationRequestMutation, E2eCancelAllocationRequestMutationVariables>;
export const E2eCentreCardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"E2eCentreCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationScheduling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centreCards"}}]}}]}}]} as unknown as DocumentNode<E2eCentreCardsQuery, E2eCentreCardsQueryVariables>;
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

/** A manager accepts submitted evidence. */
export type AcceptMilestoneInput = {
  /** The milestone, which must be SUBMITTED. */
  milestoneId: string | number;
  /** An optional note, at most 2,000 characters. */
  note?: string | null | undefined;
};

/** Accept one version of a term sheet for the caller’s side. */
export type AcceptTermSheetVersionInput = {
  /** The term sheet. */
  termSheetId: string | number;
  /** The version accepted; it must be the current one. */
  versionNo: number;
};

/** The steps of porting a project to Ascend; past the due date with any open, the adaptation is overdue. */
export type AdaptationChecklistItem =
  /** Results on Ascend match the original platform’s. */
  | 'ACCURACY_VERIFIED'
  /** The models’ operators are ported to Ascend. */
  | 'OPERATORS_PORTED'
  /** Performance on Ascend is verified. */
  | 'PERFORMANCE_VERIFIED';

/** A new milestone for a project. */
export type AddMilestoneInput = {
  /** The day it is due, YYYY-MM-DD in Asia/Shanghai. */
  dueOn: string;
  /** The evidence asked for; not empty, at most 2,000 characters. */
  evidenceRequested: string;
  /** Stable key, unique within the project: lower-case letters, digits and hyphens, at most 60 (e.g. model-adapted). */
  key: string;
  /** The project. */
  projectId: string | number;
  /** What the milestone is; not empty, at most 200 characters. */
  title: string;
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

/** Add a share class to a startup’s cap table (centre staff). */
export type AddShareClassInput = {
  /** COMMON or PREFERRED. */
  classType: ShareClassType;
  /** The name (1–60 characters), unique within the company, e.g. 普通股. */
  name: string;
  /** The startup’s organisation. */
  organisationId: string | number;
  /** Rank in a liquidation, 1 (most junior) to 20; default 1 for common, 2 for preferred. */
  seniority?: number | null | undefined;
  /** Shares the articles authorise (a whole number as a decimal string), or null for none on file. */
  sharesAuthorised?: string | null | undefined;
};

/** Add a holder to a startup’s cap table (centre staff). The centre itself is added only when its first credit line opens. */
export type AddStakeholderInput = {
  /** A person or an institution. */
  entityType: StakeholderEntityType;
  /** FOUNDER, INVESTOR, EMPLOYEE or OTHER; CENTRE is refused (VALIDATION_FAILED). */
  kind: StakeholderKind;
  /** The name (1–120 characters), unique within the company. */
  name: string;
  /** The startup’s organisation. */
  organisationId: string | number;
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

/** Assign tickets to one consultant (managers, or the group’s lead). */
export type AssignTicketsInput = {
  /** The consultant; must be in the group of each ticket’s category. */
  assigneeId: string | number;
  /** The tickets, 1 to 100. */
  ticketIds: Array<string | number>;
};

/** A file for a message of one’s own, base64-encoded. */
export type AttachToTicketMessageInput = {
  /** The bytes, base64; at most 512 KiB decoded. */
  contentBase64: string;
  /** The MIME type (application/pdf, image/png, …). */
  contentType: string;
  /** The file name with its extension. */
  fileName: string;
  /** The message (written by the caller). */
  messageId: string | number;
};

/** The founders’ option to buy the centre’s shares back. */
export type BuyBackInput = {
  /** Months after signing (Asia/Shanghai) the option is open, 1–120. */
  months: number;
  /** Premium over the price the centre paid, in basis points (0–10000). */
  premiumBasisPoints: number;
};

/** How a day departs from the Monday–Friday week. */
export type CalendarDayKind =
  /** A public holiday: no work, even on a weekday. */
  | 'HOLIDAY'
  /** A make-up workday (调休): a Saturday or Sunday that is worked. */
  | 'MAKE_UP_WORKDAY';

/** Where a calendar day came from. */
export type CalendarDaySource =
  /** Entered or changed by an admin (the import never overwrites it). */
  | 'MANUAL'
  /** Imported from the chinese-days package at start-up. */
  | 'PACKAGE';

/** A change to a cap table. */
export type CapTableEventKind =
  /** Shares bought back from a stakeholder. */
  | 'BUY_BACK'
  /** Shares issued to a stakeholder. */
  | 'ISSUANCE';

/** What a resource’s capacity counts. */
export type CapacityPeriod =
  /** Introductions accepted and not concluded yet (at once). */
  | 'CONCURRENT'
  /** Introductions accepted in the Shanghai calendar month. */
  | 'MONTH'
  /** Introductions accepted in the Shanghai calendar quarter. */
  | 'QUARTER';

/** DRAINED takes no new work; FAILED also ends the work on it. */
export type CardHealth =
  /** Takes no new work; running work runs to its end. */
  | 'DRAINED'
  /** Broken: takes no work, and the work on it was stopped. */
  | 'FAILED'
  /** In service. */
  | 'HEALTHY';

/** A status move of a ticket. */
export type ChangeTicketStatusInput = {
  /** The new status. Founders: RESOLVED, CLOSED, or OPEN to reopen. */
  status: TicketStatus;
  /** The ticket. */
  ticketId: string | number;
};

/** A need to close. */
export type CloseMatchNeedInput = {
  /** The need. */
  needId: string | number;
};

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

/** Propose a new version of an open term sheet (either side). */
export type CounterOfferTermSheetInput = {
  /** The version this offer answers; it must still be the current one. */
  baseVersionNo: number;
  /** The term sheet. */
  termSheetId: string | number;
  /** The terms offered. */
  terms: TermSheetTermsInput;
};

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

/** Correct an issued invoice by reducing what it owes. */
export type CreateCreditNoteInput = {
  /** Amount in fen; at most what the invoice still owes. */
  amountFen: string;
  /** Optional; a retry with the same key returns the first answer and changes nothing more. */
  idempotencyKey?: string | null | undefined;
  /** The invoice corrected. */
  invoiceId: string | number;
  /** Why, printed on the credit note. */
  reason: string;
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

/** A compute-voucher programme for one year. */
export type CreateVoucherProgrammeInput = {
  /** Total budget in fen. */
  budgetFen: string;
  /** Share of an eligible line a voucher may pay, 1..10000 basis points. */
  coverageBasisPoints: number;
  /** Industries that may apply; empty means any. */
  eligibleIndustries?: Array<string>;
  /** Organisation kinds that may apply. */
  eligibleKinds: Array<string>;
  /** The smallest amount one may apply for. */
  minimumClaimFen: string;
  /** Its name. */
  name: string;
  /** The most one organisation may receive. */
  perOrganisationCapFen: string;
  /** MONTHLY or QUARTERLY settlement with the city. */
  settlement?: string;
  /** Months a voucher stays valid, 1..36. */
  validityMonths: number;
  /** The year it funds. */
  year: number;
};

/** Whether a credit line can still be drawn. */
export type CreditLineStatus =
  /** Open: its released tranches pay the project’s invoices until the credit expires. */
  | 'ACTIVE'
  /** Closed at its expiry: nothing more is drawn; unused credit earned no shares. */
  | 'EXPIRED';

/** The cluster to delete; only an empty one can be. */
export type DeleteClusterInput = {
  /** The cluster to delete: it must have no nodes (retired ones included) and no allocation requests. */
  clusterId: string | number;
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

/** An invoice or a credit note. */
export type InvoiceKind =
  /** A correction that reduces what an issued invoice owes. */
  | 'CREDIT_NOTE'
  /** A bill for one organisation and month. */
  | 'INVOICE';

/** Where an invoice is in its life. */
export type InvoiceStatus =
  /** Computed but not issued; may be voided or issued. */
  | 'DRAFT'
  /** Issued with a number; owes its cash part until paid or credited. */
  | 'ISSUED'
  /** Issued and settled in full. */
  | 'PAID'
  /** A draft that was cancelled; never numbered. */
  | 'VOID';

/** How an issuance came onto the cap table. */
export type IssuanceSource =
  /** Recorded by the centre’s staff (founders’, investors’, employees’ shares). */
  | 'MANUAL'
  /** Issued to the centre by the database when a credit tranche was drawn in full, or its drawn part when the line expired. */
  | 'TRANCHE';

/** Issue a draft invoice. */
export type IssueInvoiceInput = {
  /** Optional; a retry with the same key returns the first answer and changes nothing more. */
  idempotencyKey?: string | null | undefined;
  /** The draft. */
  invoiceId: string | number;
  /** Only these vouchers may pay it; by default every usable voucher of the organisation. */
  voucherIds?: Array<string | number> | null | undefined;
};

/** Whether readers see a knowledge-base article. */
export type KbArticleStatus =
  /** Never published: only staff see it. */
  | 'DRAFT'
  /** Readers see its published version; staff may be editing a newer draft. */
  | 'PUBLISHED'
  /** Was published, now hidden from readers; its versions are kept. */
  | 'UNPUBLISHED';

/** The reader’s language for titles and snippets. */
export type KbLanguage =
  /** English. */
  | 'EN'
  /** Simplified Chinese (zh-CN). */
  | 'ZH';

/** Which of your notifications to mark read: some by id, or all of them. */
export type MarkNotificationsReadInput = {
  /** True: every unread notification of yours. */
  all?: boolean | null | undefined;
  /** Your notifications to mark read (at most 100); others’ ids are ignored. */
  ids?: Array<string | number> | null | undefined;
};

/** Mark an organisation as a related party of the centre (no vouchers). */
export type MarkRelatedPartyInput = {
  /** The organisation. */
  organisationId: string | number;
  /** The relation, e.g. a shareholder of the centre. */
  reason: string;
};

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

/** How the global assignment was computed. */
export type MatchingMethod =
  /** Greedy fallback. */
  | 'GREEDY'
  /** One-to-one, Hungarian algorithm. */
  | 'HUNGARIAN'
  /** Bounded many-to-many, linear programme (HiGHS). */
  | 'LP';

/** One step of a milestone. */
export type MilestoneEventKind =
  /** A manager accepted the evidence. */
  | 'ACCEPTED'
  /** A manager set the milestone. */
  | 'CREATED'
  /** A manager returned the evidence with a note. */
  | 'RETURNED'
  /** The founder submitted evidence. */
  | 'SUBMITTED';

/** Where a milestone’s evidence stands. */
export type MilestoneStatus =
  /** A manager accepted the evidence (final). */
  | 'ACCEPTED'
  /** Set, no evidence submitted yet. */
  | 'PLANNED'
  /** A manager returned the evidence with a note; the founder may submit again. */
  | 'RETURNED'
  /** The founder submitted evidence; a manager has to accept or return it. */
  | 'SUBMITTED';

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

/** What a notification is about. */
export type NotificationKind =
  /** A compute allocation you requested is to be preempted. */
  | 'ALLOCATION_PREEMPTED'
  /** A compute allocation you requested started running. */
  | 'ALLOCATION_STARTED'
  /** Both sides accepted, or a side declined, an introduction you proposed. */
  | 'INTRODUCTION_ANSWERED'
  /** A manager proposed an introduction your side is asked to answer. */
  | 'INTRODUCTION_PROPOSED'
  /** An introduction still waits for your side’s answer. */
  | 'INTRODUCTION_REMINDER'
  /** An invoice to your organisation was issued. */
  | 'INVOICE_ISSUED'
  /** A ticket breached an SLA target. */
  | 'SLA_BREACHED'
  /** A ticket used 80 % of an SLA target. */
  | 'SLA_WARNING'
  /** The other side proposed or countered a term sheet. */
  | 'TERM_SHEET_PROPOSED'
  /** A term sheet was signed by both sides. */
  | 'TERM_SHEET_SIGNED'
  /** A ticket was assigned to you. */
  | 'TICKET_ASSIGNED'
  /** Someone replied on a ticket you take part in. */
  | 'TICKET_REPLY'
  /** A voucher application of your organisation was approved or rejected. */
  | 'VOUCHER_DECIDED';

/** A founder’s new question. */
export type OpenTicketInput = {
  /** The question; not empty, at most 10,000 characters. */
  body: string;
  /** What it is about. */
  category: TicketCategory;
  /** The object it is about; must be the founder’s organisation’s. */
  linkedId?: string | number | null | undefined;
  /** The kind of object it is about (with linkedId). */
  linkedKind?: TicketLinkKind | null | undefined;
  /** How urgent. */
  priority?: TicketPriority;
  /** The subject; not empty, at most 200 characters. */
  subject: string;
};

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

/** A message on a ticket. */
export type PostTicketMessageInput = {
  /** Knowledge-base articles to link under the message, at most 10; each must be published (else ARTICLE_NOT_PUBLISHED and nothing is written). */
  articleIds?: Array<string | number>;
  /** The text; not empty, at most 10,000 characters. */
  body: string;
  /** The ticket. */
  ticketId: string | number;
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

/** How the proposing manager chose the resource. */
export type ProposalChoice =
  /** The global assignment’s choice for the need. */
  | 'ASSIGNED'
  /** A resource outside the ranked list, chosen by hand. */
  | 'OVERRIDE'
  /** Another resource from the need’s ranked list (a swap). */
  | 'RANKED';

/** A manager’s proposal: the assignment’s resource, another ranked one (a swap) or any other (an override). */
export type ProposeIntroductionInput = {
  /** The open need. */
  needId: string | number;
  /** The resource; refused if it conflicts with the startup, is full or unavailable. */
  resourceId: string | number;
};

/** Several proposals at once, all or none (e.g. the whole assignment). */
export type ProposeIntroductionsInput = {
  /** The needs and resources, 1 to 100. */
  items: Array<ProposeIntroductionInput>;
};

/** Open a term sheet for a project with its first version (centre staff). */
export type ProposeTermSheetInput = {
  /** The project. */
  projectId: string | number;
  /** The proposed terms. */
  terms: TermSheetTermsInput;
};

/** The founder’s satisfaction with a resolved ticket. */
export type RateTicketInput = {
  /** An optional comment, at most 2,000 characters. */
  comment?: string | null | undefined;
  /** The score, 1 (poor) to 5 (excellent). */
  score: number;
  /** The ticket (RESOLVED or CLOSED, not rated yet). */
  ticketId: string | number;
};

/** Record a buy-back (centre staff). Give creditLineId to buy the centre’s shares back under that line’s buy-back option (now, inside the window, at buyBackPriceFen of the signed price plus the premium), or issuanceId to buy back part of a MANUAL issuance at priceFen on boughtOn. */
export type RecordBuyBackInput = {
  /** issuanceId only: the day, YYYY-MM-DD in Asia/Shanghai (default today). A credit-line buy-back is recorded now. */
  boughtOn?: string | null | undefined;
  /** The credit line whose shares the founders buy back from the centre. */
  creditLineId?: string | number | null | undefined;
  /** The MANUAL issuance bought back from. */
  issuanceId?: string | number | null | undefined;
  /** The startup’s organisation. */
  organisationId: string | number;
  /** issuanceId only: the whole price paid, in fen (0 or more). A credit-line buy-back’s price follows from the terms and must be left out. */
  priceFen?: string | null | undefined;
  /** Shares bought back: a whole number above zero, as a decimal string. */
  shares: string;
};

/** The day the two sides met. */
export type RecordIntroductionMeetingInput = {
  /** The accepted introduction. */
  introductionId: string | number;
  /** The Shanghai day, YYYY-MM-DD; not before the proposal, not in the future. */
  metOn: string;
};

/** What came of an introduction once they met. */
export type RecordIntroductionOutcomeInput = {
  /** The introduction (MET). */
  introductionId: string | number;
  /** Notes; at most 4,000 characters. */
  notes?: string;
  /** The outcome. */
  outcome: IntroductionOutcome;
};

/** Record shares issued to a stakeholder (centre staff; never the centre, whose shares its credit lines issue). */
export type RecordIssuanceInput = {
  /** What was given when not cash, e.g. 知识产权投入 (at most 500 characters). */
  considerationText?: string | null | undefined;
  /** The day of issue, YYYY-MM-DD in Asia/Shanghai, not after today. */
  issuedOn: string;
  /** The startup’s organisation. */
  organisationId: string | number;
  /** The price per share in fen, exact: a decimal ("257.142857") or a fraction ("1800000000/7000000"); "0" for shares given for no cash. */
  pricePerShareFen: string;
  /** The share class. */
  shareClassId: string | number;
  /** Shares issued: a whole number above zero, as a decimal string. */
  shares: string;
  /** The stakeholder receiving the shares. */
  stakeholderId: string | number;
};

/** Record money received against an issued invoice. */
export type RecordPaymentInput = {
  /** Amount in fen; at most what the invoice still owes. */
  amountFen: string;
  /** The bank’s reference for the transfer. */
  bankReference: string;
  /** Optional; a retry with the same key returns the first answer and changes nothing more. */
  idempotencyKey?: string | null | undefined;
  /** The invoice. */
  invoiceId: string | number;
  /** The day the bank booked it, YYYY-MM-DD (Asia/Shanghai). */
  paidOn: string;
};

/** Reject an application with a reason the founder sees. */
export type RejectVoucherApplicationInput = {
  /** The application. */
  applicationId: string | number;
  /** Why. */
  reason: string;
};

/** A day to take out of the holiday table: it then follows the week again. */
export type RemoveCalendarDayInput = {
  /** The Asia/Shanghai day, YYYY-MM-DD. */
  day: string;
};

/** A new name for a cluster. */
export type RenameClusterInput = {
  /** The cluster to rename. */
  clusterId: string | number;
  /** Unique (ignoring case), 2–60 characters after trimming; longer is userError VALIDATION_FAILED. */
  name: string;
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

/** A manager returns submitted evidence, saying why. */
export type ReturnMilestoneInput = {
  /** The milestone, which must be SUBMITTED. */
  milestoneId: string | number;
  /** Why it is returned; not empty, at most 2,000 characters. */
  note: string;
};

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

/** Bill one calendar month. */
export type RunBillingInput = {
  /** Optional; a retry with the same key returns the first answer and changes nothing more. */
  idempotencyKey?: string | null | undefined;
  /** Issue the invoices at once (true) or leave them as drafts to review. */
  issue?: boolean;
  /** The month, YYYY-MM (Asia/Shanghai); it must have ended. */
  month: string;
};

/** HIGH marks medical or otherwise sensitive data: shown everywhere the organisation appears. */
export type SensitivityTier =
  /** Data that needs more care than usual. */
  | 'ELEVATED'
  /** Medical or otherwise sensitive data. */
  | 'HIGH'
  /** Ordinary business data. */
  | 'STANDARD';

/** Ticks or unticks one item of a project’s adaptation checklist. */
export type SetAdaptationChecklistItemInput = {
  /** True when the item is done, false to reopen it. */
  done: boolean;
  /** The checklist item. */
  item: AdaptationChecklistItem;
  /** The project, which must be in ADAPTATION. */
  projectId: string | number;
};

/** New business hours, Asia/Shanghai wall time. */
export type SetBusinessHoursInput = {
  /** Minutes after midnight it ends, after the start, at most 1440 (1080 = 18:00). */
  dayEndMinute: number;
  /** Minutes after midnight the working day starts, 0–1439 (540 = 09:00). */
  dayStartMinute: number;
};

/** A holiday or make-up workday to enter or change (it becomes MANUAL). */
export type SetCalendarDayInput = {
  /** The Asia/Shanghai day, YYYY-MM-DD (2000–2099). */
  day: string;
  /** HOLIDAY, or MAKE_UP_WORKDAY for a Saturday or Sunday that is worked. */
  kind: CalendarDayKind;
  /** What it is for (e.g. 国庆节); not empty, at most 60 characters. */
  name: string;
};

/** A new version of the price of one card type. */
export type SetCardPriceInput = {
  /** The card type, as the inventory names it. */
  cardType: string;
  /** When it takes effect. It may not fall inside a period already invoiced. */
  effectiveFrom: string;
  /** The market reference price per card-hour in fen, shown beside ours. */
  marketPriceFen?: string | null | undefined;
  /** Why the price changes (shown in the history). */
  note?: string;
  /** Price per card-hour in fen: above 0, at most ¥1,000,000. */
  priceFen: string;
};

/** The consultant group of a category (replaces its members). */
export type SetConsultantGroupInput = {
  /** The category. */
  category: TicketCategory;
  /** The lead (a consultant or manager). */
  leadUserId: string | number;
  /** The consultants who take its tickets. */
  memberIds: Array<string | number>;
  /** The group’s name. */
  name: string;
};

/** Matchmaking settings (managers). */
export type SetMatchmakingSettingsInput = {
  /** Days before each reminder to an unanswered side, 1 to 30. */
  reminderDays: number;
};

/** How one kind of notification should reach you. */
export type SetNotificationPreferenceInput = {
  /** Send it by e-mail. */
  email: boolean;
  /** Show it under the bell. */
  inApp: boolean;
  /** The kind. */
  kind: NotificationKind;
};

/** An organisation’s declared competitors (replaces the list). */
export type SetOrganisationCompetitorsInput = {
  /** Its competitors; at most 50. */
  competitorOrganisationIds: Array<string | number>;
  /** The organisation; founders: their own. */
  organisationId: string | number;
};

/** An organisation’s scheduling settings (managers and admins). */
export type SetOrganisationSchedulingInput = {
  /** This organisation’s cap on queued plus running requests; null = the centre default, omit to keep. */
  maxOpenRequests?: number | null | undefined;
  /** The customer organisation to set. */
  organisationId: string | number;
  /** Most cards held at once, at most the centre’s cards (userError QUOTA_EXCEEDS_CAPACITY); null removes the quota. */
  quotaCards?: number | null | undefined;
  /** Urgent card-hours per Asia/Shanghai calendar month founders may use without approval; omit to keep. */
  urgentCardHoursPerMonth?: number | null | undefined;
  /** Fair-share weight, 0.1 to 100 (default 1); outside that, userError INVALID_WEIGHT. */
  weight: number;
};

/** The SLA targets of one category and priority. */
export type SetSlaPolicyInput = {
  /** The category. */
  category: TicketCategory;
  /** First response target, business minutes above zero. */
  firstResponseMinutes: number;
  /** The priority. */
  priority: TicketPriority;
  /** Resolution target, business minutes above zero. */
  resolutionMinutes: number;
};

/** Common or preferred shares. */
export type ShareClassType =
  /** Common shares (普通股). */
  | 'COMMON'
  /** Preferred shares (优先股), ranking above common. */
  | 'PREFERRED';

/** Credentials of a person. */
export type SignInInput = {
  /** The account’s email address. */
  email: string;
  /** The account’s password. */
  password: string;
};

/** Where an SLA target stands now. */
export type SlaState =
  /** Past its deadline, or kept only after it. */
  | 'BREACHED'
  /** Kept by its deadline. */
  | 'MET'
  /** Running, less than 80 % used. */
  | 'OK'
  /** Clock stopped (waiting for the customer). */
  | 'PAUSED'
  /** Running, 80 % or more used. */
  | 'WARNING';

/** Which promise an SLA target is. */
export type SlaTargetKind =
  /** The first reply from a consultant. */
  | 'FIRST_RESPONSE'
  /** The ticket resolved. */
  | 'RESOLUTION';

/** Whether a stakeholder is a person or an institution. */
export type StakeholderEntityType =
  /** A natural person. */
  | 'INDIVIDUAL'
  /** A company, fund, partnership or public body. */
  | 'INSTITUTION';

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

/** The founder’s evidence for a milestone. */
export type SubmitMilestoneEvidenceInput = {
  /** What was achieved; not empty, at most 4,000 characters. */
  evidence: string;
  /** An https link to the evidence (report, repository, contract); optional. */
  evidenceUrl?: string | null | undefined;
  /** The milestone, which must be PLANNED or RETURNED. */
  milestoneId: string | number;
};

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

/** How urgent a ticket is; a breached SLA raises it one step. */
export type TicketPriority =
  /** High. */
  | 'HIGH'
  /** Low. */
  | 'LOW'
  /** Normal. */
  | 'NORMAL'
  /** Urgent. */
  | 'URGENT';

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

/** Where a tranche of a credit line stands. */
export type TrancheStatus =
  /** All its credit drawn; its shares were issued to the centre. */
  | 'FULLY_DRAWN'
  /** Its release condition is not met yet; it cannot be drawn. */
  | 'LOCKED'
  /** Drawable: invoices of the project draw on it. */
  | 'RELEASED';

/** Moves a project to another lifecycle stage. */
export type TransitionProjectInput = {
  /** The project. */
  projectId: string | number;
  /** Why: kept in the project history for good. */
  reason: string;
  /** The stage to move to; see Project.availableTransitions. */
  toStage: ProjectStage;
};

/** Why a project moved, as a code: clients render it in the reader’s language. */
export type TransitionReasonCode =
  /** The founder submitted the application; `reason` is empty. */
  | 'APPLICATION_SUBMITTED'
  /** A person moved the project; `reason` holds their own words. */
  | 'NOTE';

/** A change to the billing settings; fields left out stay as they are. Invoices already issued keep their split. */
export type UpdateBillingSettingsInput = {
  /** FREE, then VOUCHER and EQUITY in the order wanted, then CASH. */
  payerOrder?: Array<string> | null | undefined;
  /** Days from issue to due date (1–365). */
  paymentTermsDays?: number | null | undefined;
};

/** A new text for an article’s draft; readers keep seeing the published version. */
export type UpdateKbArticleDraftInput = {
  /** The article whose draft is replaced. */
  articleId: string | number;
  /** English body, plain text; at most 20,000 characters; needed to publish. */
  bodyEn?: string;
  /** Chinese body, plain text; at most 20,000 characters; needed to publish. */
  bodyZh?: string;
  /** A new category; unchanged when left out. */
  category?: TicketCategory | null | undefined;
  /** English title; at most 200 characters; needed to publish. */
  titleEn?: string;
  /** Chinese title; not blank, at most 200 characters. */
  titleZh: string;
};

/** A need’s new details, while it is OPEN. */
export type UpdateMatchNeedInput = {
  /** Competitors to keep away from; at most 50. */
  competitorOrganisationIds?: Array<string | number>;
  /** What exactly is needed; 1 to 4,000 characters. */
  description: string;
  /** The need. */
  needId: string | number;
  /** Its tags. */
  tags: MatchTagsInput;
  /** How urgent. */
  urgency: NeedUrgency;
};

/** A resource’s new details (its kind and owner stay). */
export type UpdateMatchResourceInput = {
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
  /** Its name; 1 to 120 characters. */
  name: string;
  /** The resource. */
  resourceId: string | number;
  /** Its tags. */
  tags: MatchTagsInput;
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

/** Withdraw from an open term sheet (either side). */
export type WithdrawTermSheetInput = {
  /** Why, for the other side. */
  reason: string;
  /** The term sheet. */
  termSheetId: string | number;
};

export type SignInCodesMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInCodesMutation = { signIn: { token: string | null, userErrors: Array<{ code: UserErrorCode }> } };

export type AuditEventsQueryVariables = Exact<{
  first: number;
  action?: string | null | undefined;
  org?: string | number | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { totalCount: number, edges: Array<{ node: { id: string, at: string, action: string, actorKind: string, actorId: string | null, targetType: string | null, targetId: string | null, organisationId: string | null, detailsJson: string, ip: string | null, actor: { email: string } | null } }> } };

export type AllocationRequestFieldsFragment = { id: string, state: AllocationState, cards: number, cardType: string, priority: PriorityClass, requestedPriority: PriorityClass, urgency: UrgencyStatus | null, urgencyDecidedAt: string | null, queuePosition: number | null, estimatedStartAt: string | null, preemptAt: string | null, startedAt: string | null, endsAt: string | null, finishedAt: string | null, endReason: string | null, cardHours: number, waitReason: { code: string, message: string } | null };

export type CreateAllocationRequestMutationVariables = Exact<{
  input: CreateAllocationRequestInput;
}>;


export type CreateAllocationRequestMutation = { createAllocationRequest: { allocationRequest: { id: string, state: AllocationState, cards: number, cardType: string, priority: PriorityClass, requestedPriority: PriorityClass, urgency: UrgencyStatus | null, urgencyDecidedAt: string | null, queuePosition: number | null, estimatedStartAt: string | null, preemptAt: string | null, startedAt: string | null, endsAt: string | null, finishedAt: string | null, endReason: string | null, cardHours: number, waitReason: { code: string, message: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CancelAllocationRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelAllocationRequestMutation = { cancelAllocationRequest: { allocationRequest: { id: string, state: AllocationState } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type FinishAllocationMutationVariables = Exact<{
  id: string | number;
}>;


export type FinishAllocationMutation = { finishAllocation: { allocationRequest: { id: string, state: AllocationState } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type GetAllocationRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type GetAllocationRequestQuery = { allocationRequest: { id: string, state: AllocationState, cards: number, cardType: string, priority: PriorityClass, requestedPriority: PriorityClass, urgency: UrgencyStatus | null, urgencyDecidedAt: string | null, queuePosition: number | null, estimatedStartAt: string | null, preemptAt: string | null, startedAt: string | null, endsAt: string | null, finishedAt: string | null, endReason: string | null, cardHours: number, waitReason: { code: string, message: string } | null } | null };

export type AllocationWaitReasonQueryVariables = Exact<{
  id: string | number;
}>;


export type AllocationWaitReasonQuery = { allocationRequest: { waitReason: { message: string } | null } | null };

export type ApproveUrgentRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveUrgentRequestMutation = { approveUrgentRequest: { allocationRequest: { id: string, state: AllocationState, cards: number, cardType: string, priority: PriorityClass, requestedPriority: PriorityClass, urgency: UrgencyStatus | null, urgencyDecidedAt: string | null, queuePosition: number | null, estimatedStartAt: string | null, preemptAt: string | null, startedAt: string | null, endsAt: string | null, finishedAt: string | null, endReason: string | null, cardHours: number, waitReason: { code: string, message: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type DeclineUrgentRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type DeclineUrgentRequestMutation = { declineUrgentRequest: { allocationRequest: { id: string, state: AllocationState, cards: number, cardType: string, priority: PriorityClass, requestedPriority: PriorityClass, urgency: UrgencyStatus | null, urgencyDecidedAt: string | null, queuePosition: number | null, estimatedStartAt: string | null, preemptAt: string | null, startedAt: string | null, endsAt: string | null, finishedAt: string | null, endReason: string | null, cardHours: number, waitReason: { code: string, message: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type UrgentRequestsAwaitingApprovalQueryVariables = Exact<{ [key: string]: never; }>;


export type UrgentRequestsAwaitingApprovalQuery = { urgentRequestsAwaitingApproval: Array<{ id: string, requestedPriority: PriorityClass }> };

export type SetOrganisationSchedulingMutationVariables = Exact<{
  input: SetOrganisationSchedulingInput;
}>;


export type SetOrganisationSchedulingMutation = { setOrganisationScheduling: { organisationScheduling: { weight: number, quotaCards: number | null, urgentCardHoursPerMonth: number, urgentCardHoursUsed: number, maxOpenRequests: number | null, openRequestLimit: number } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type OrganisationSchedulingRowsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationSchedulingRowsQuery = { organisationScheduling: { centreCards: number, edges: Array<{ node: { weight: number, quotaCards: number | null, urgentCardHoursPerMonth: number, organisation: { id: string } } }> } };

export type UrgentBudgetQueryVariables = Exact<{ [key: string]: never; }>;


export type UrgentBudgetQuery = { urgentBudget: { cardHoursPerMonth: number, usedCardHours: number, remainingCardHours: number, periodStart: string, periodEnd: string } | null };

export type ClusterCardsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClusterCardsQuery = { clusters: Array<{ nodes: Array<{ cards: Array<{ id: string }> }> }> };

export type OpenRequestCountQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenRequestCountQuery = { allocationRequests: { totalCount: number } };

export type RequestCountQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestCountQuery = { allocationRequests: { totalCount: number } };

export type MyOrganisationQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOrganisationQuery = { me: { organisation: { id: string } | null } };

export type CreateAllocationRequestCodesMutationVariables = Exact<{
  input: CreateAllocationRequestInput;
}>;


export type CreateAllocationRequestCodesMutation = { createAllocationRequest: { allocationRequest: { id: string, state: AllocationState } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type AllocationRequestTimesQueryVariables = Exact<{
  id: string | number;
}>;


export type AllocationRequestTimesQuery = { allocationRequest: { id: string, state: AllocationState, queuePosition: number | null, startedAt: string | null, finishedAt: string | null } | null };

export type CancelAllocationRequestCodesMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelAllocationRequestCodesMutation = { cancelAllocationRequest: { userErrors: Array<{ code: UserErrorCode }> } };

export type CreateAllocationRequestWithOwnerMutationVariables = Exact<{
  input: CreateAllocationRequestInput;
}>;


export type CreateAllocationRequestWithOwnerMutation = { createAllocationRequest: { allocationRequest: { clusterId: string, id: string, state: AllocationState, cards: number, cardType: string, priority: PriorityClass, requestedPriority: PriorityClass, urgency: UrgencyStatus | null, urgencyDecidedAt: string | null, queuePosition: number | null, estimatedStartAt: string | null, preemptAt: string | null, startedAt: string | null, endsAt: string | null, finishedAt: string | null, endReason: string | null, cardHours: number, project: { id: string }, organisation: { name: string }, waitReason: { code: string, message: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CancelAllocationRequestWithFieldsMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelAllocationRequestWithFieldsMutation = { cancelAllocationRequest: { allocationRequest: { id: string, state: AllocationState, cards: number, cardType: string, priority: PriorityClass, requestedPriority: PriorityClass, urgency: UrgencyStatus | null, urgencyDecidedAt: string | null, queuePosition: number | null, estimatedStartAt: string | null, preemptAt: string | null, startedAt: string | null, endsAt: string | null, finishedAt: string | null, endReason: string | null, cardHours: number, waitReason: { code: string, message: string } | null } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type AllocationQueueOfQueryVariables = Exact<{
  cardType?: string | null | undefined;
  cluster?: string | number | null | undefined;
}>;


export type AllocationQueueOfQuery = { allocationQueue: Array<{ id: string, queuePosition: number | null, organisation: { name: string } }> };

export type SetWeightAndQuotaMutationVariables = Exact<{
  org: string | number;
}>;


export type SetWeightAndQuotaMutation = { setOrganisationScheduling: { organisationScheduling: { weight: number, quotaCards: number | null, organisation: { name: string } } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type FortnightUsageQueryVariables = Exact<{ [key: string]: never; }>;


export type FortnightUsageQuery = { usage: { totalCardHours: number, daily: Array<{ day: string, cardHours: number }>, byProject: Array<{ projectId: string }> } };

export type OrganisationSchedulingCountQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationSchedulingCountQuery = { organisationScheduling: { totalCount: number } };

export type CreateTelemetryTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateTelemetryTokenMutation = { createApiToken: { token: string | null } };

export type DemoQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoQueueQuery = { allocationQueue: Array<{ id: string, queuePosition: number | null, cards: number, priority: PriorityClass, organisation: { name: string, kind: OrganisationKind }, project: { name: string }, waitReason: { code: string, params: string } | null }> };

export type InvoiceFieldsFragment = { id: string, kind: InvoiceKind, number: string | null, status: InvoiceStatus, organisationId: string, periodMonth: string, issuedAt: string | null, dueAt: string | null, totalFen: string, freeFen: string, voucherFen: string, equityFen: string, cashFen: string, paidFen: string, creditedFen: string, balanceFen: string, overdue: boolean, pdfPath: string, lines: Array<{ id: string, cardType: string, cardSeconds: string, unitPriceFen: string, amountFen: string, freeFen: string, voucherFen: string, equityFen: string, cashFen: string, adaptation: boolean }> };

export type InvoicesQueryVariables = Exact<{
  first: number;
  periodMonth?: string | null | undefined;
  status?: string | null | undefined;
  organisationId?: string | number | null | undefined;
}>;


export type InvoicesQuery = { invoices: { totalCount: number, edges: Array<{ node: { id: string, kind: InvoiceKind, number: string | null, status: InvoiceStatus, organisationId: string, periodMonth: string, issuedAt: string | null, dueAt: string | null, totalFen: string, freeFen: string, voucherFen: string, equityFen: string, cashFen: string, paidFen: string, creditedFen: string, balanceFen: string, overdue: boolean, pdfPath: string, lines: Array<{ id: string, cardType: string, cardSeconds: string, unitPriceFen: string, amountFen: string, freeFen: string, voucherFen: string, equityFen: string, cashFen: string, adaptation: boolean }> } }> } };

export type InvoiceByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoiceByIdQuery = { invoice: { id: string, kind: InvoiceKind, number: string | null, status: InvoiceStatus, organisationId: string, periodMonth: string, issuedAt: string | null, dueAt: string | null, totalFen: string, freeFen: string, voucherFen: string, equityFen: string, cashFen: string, paidFen: string, creditedFen: string, balanceFen: string, overdue: boolean, pdfPath: string, payments: Array<{ id: string, amountFen: string, bankReference: string }>, creditNotes: Array<{ id: string, number: string | null, totalFen: string }>, lines: Array<{ id: string, cardType: string, cardSeconds: string, unitPriceFen: string, amountFen: string, freeFen: string, voucherFen: string, equityFen: string, cashFen: string, adaptation: boolean }> } | null };

export type RunBillingMutationVariables = Exact<{
  input: RunBillingInput;
}>;


export type RunBillingMutation = { runBilling: { run: { id: string, periodMonth: string, status: string, invoicesCreated: number, organisationsSkipped: number, problems: Array<{ organisationId: string, code: string, cardType: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type IssueInvoiceMutationVariables = Exact<{
  input: IssueInvoiceInput;
}>;


export type IssueInvoiceMutation = { issueInvoice: { invoice: { id: string, kind: InvoiceKind, number: string | null, status: InvoiceStatus, organisationId: string, periodMonth: string, issuedAt: string | null, dueAt: string | null, totalFen: string, freeFen: string, voucherFen: string, equityFen: string, cashFen: string, paidFen: string, creditedFen: string, balanceFen: string, overdue: boolean, pdfPath: string, lines: Array<{ id: string, cardType: string, cardSeconds: string, unitPriceFen: string, amountFen: string, freeFen: string, voucherFen: string, equityFen: string, cashFen: string, adaptation: boolean }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type RecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type RecordPaymentMutation = { recordPayment: { invoice: { id: string, status: InvoiceStatus, paidFen: string, balanceFen: string } | null, payment: { id: string, amountFen: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type CreateCreditNoteMutationVariables = Exact<{
  input: CreateCreditNoteInput;
}>;


export type CreateCreditNoteMutation = { createCreditNote: { invoice: { id: string, status: InvoiceStatus, creditedFen: string, balanceFen: string } | null, creditNote: { id: string, number: string | null, kind: InvoiceKind, totalFen: string, cashFen: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type SetCardPriceMutationVariables = Exact<{
  input: SetCardPriceInput;
}>;


export type SetCardPriceMutation = { setCardPrice: { price: { id: string, priceFen: string, effectiveFrom: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type PriceListQueryVariables = Exact<{ [key: string]: never; }>;


export type PriceListQuery = { priceList: Array<{ cardType: string, current: { id: string, priceFen: string, marketPriceFen: string | null, discountBasisPoints: number | null } | null, next: { priceFen: string } | null, history: Array<{ id: string }> }> };

export type LedgerHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type LedgerHealthQuery = { ledgerCheck: { healthy: boolean, totalFen: string, unbalancedTransactions: number, receivableMismatches: number, voucherMismatches: number }, billingBalance: { outstandingFen: string, overdueFen: string, openCount: number } };

export type VoucherProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type VoucherProgrammesQuery = { voucherProgrammes: Array<{ id: string, year: number, status: string, budgetFen: string, coverageBasisPoints: number, perOrganisationCapFen: string, minimumClaimFen: string, figures: { committedFen: string, redeemedFen: string, remainingFen: string } }> };

export type CreateVoucherProgrammeMutationVariables = Exact<{
  input: CreateVoucherProgrammeInput;
}>;


export type CreateVoucherProgrammeMutation = { createVoucherProgramme: { programme: { id: string, year: number, budgetFen: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type ApplyForVoucherMutationVariables = Exact<{
  input: ApplyForVoucherInput;
}>;


export type ApplyForVoucherMutation = { applyForVoucher: { application: { id: string, status: string, requestedFen: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type ApproveVoucherApplicationMutationVariables = Exact<{
  input: ApproveVoucherApplicationInput;
}>;


export type ApproveVoucherApplicationMutation = { approveVoucherApplication: { application: { id: string, status: string, approvedFen: string | null } | null, voucher: { id: string, code: string, balanceFen: string, faceValueFen: string, validUntil: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type MyVouchersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyVouchersQuery = { vouchers: Array<{ id: string, code: string, organisationId: string, balanceFen: string, faceValueFen: string, status: string, redemptions: Array<{ invoiceNumber: string | null, amountFen: string }> }> };

export type VoucherSettlementQueryQueryVariables = Exact<{
  programmeId: string | number;
  period: string;
}>;


export type VoucherSettlementQueryQuery = { voucherSettlement: { totalFen: string, lines: Array<{ organisationName: string, invoiceNumber: string, voucherCode: string, amountFen: string }> } };

export type MarkRelatedPartyMutationVariables = Exact<{
  input: MarkRelatedPartyInput;
}>;


export type MarkRelatedPartyMutation = { markRelatedParty: { relatedParty: boolean | null, userErrors: Array<{ code: UserErrorCode }> } };

export type CostQuoteQueryVariables = Exact<{
  cardType: string;
  cards: number;
  durationSeconds: number;
  adaptation: boolean;
}>;


export type CostQuoteQuery = { costQuote: { priced: boolean, pricePerCardHourFen: string, amountFen: string, freeFen: string, voucherFen: string, cashFen: string } };

export type BillingSettingsOpQueryVariables = Exact<{ [key: string]: never; }>;


export type BillingSettingsOpQuery = { billingSettings: { paymentTermsDays: number, payerOrder: Array<string> } };

export type UpdateBillingSettingsMutationVariables = Exact<{
  input: UpdateBillingSettingsInput;
}>;


export type UpdateBillingSettingsMutation = { updateBillingSettings: { settings: { paymentTermsDays: number, payerOrder: Array<string> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type CapTableFieldsFragment = { organisationId: string, organisationName: string, totalIssuedShares: string, totalBoughtBackShares: string, totalOutstandingShares: string, totalFullyDilutedShares: string, shareClasses: Array<{ id: string, name: string, classType: ShareClassType, seniority: number, sharesAuthorised: string | null, outstandingShares: string }>, stakeholders: Array<{ id: string, name: string, kind: StakeholderKind, entityType: StakeholderEntityType, shares: string, fullyDilutedShares: string, outstandingBasisPoints: number, fullyDilutedBasisPoints: number, byClass: Array<{ shareClassId: string, shares: string }> }>, history: Array<{ id: string, kind: CapTableEventKind, at: string, stakeholderId: string, stakeholderName: string, shareClassId: string, shares: string, pricePerShareFen: string | null, priceFen: string | null, source: IssuanceSource, creditLineId: string | null, trancheNumber: number | null, issuanceId: string | null, considerationText: string | null, recordedById: string | null, recordedByName: string | null, recordedAt: string }>, creditLines: Array<{ id: string, termSheetId: string, projectId: string, status: CreditLineStatus, creditFen: string, drawnFen: string, totalShares: string, sharesIssued: string, sharesBoughtBack: string, pricePerShareFen: string, shareClassId: string, expiresAt: string, buyBackUntil: string | null, buyBackPremiumBasisPoints: number | null, buyBackOpen: boolean }> };

export type CapTableOfQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type CapTableOfQuery = { capTable: { organisationId: string, organisationName: string, totalIssuedShares: string, totalBoughtBackShares: string, totalOutstandingShares: string, totalFullyDilutedShares: string, shareClasses: Array<{ id: string, name: string, classType: ShareClassType, seniority: number, sharesAuthorised: string | null, outstandingShares: string }>, stakeholders: Array<{ id: string, name: string, kind: StakeholderKind, entityType: StakeholderEntityType, shares: string, fullyDilutedShares: string, outstandingBasisPoints: number, fullyDilutedBasisPoints: number, byClass: Array<{ shareClassId: string, shares: string }> }>, history: Array<{ id: string, kind: CapTableEventKind, at: string, stakeholderId: string, stakeholderName: string, shareClassId: string, shares: string, pricePerShareFen: string | null, priceFen: string | null, source: IssuanceSource, creditLineId: string | null, trancheNumber: number | null, issuanceId: string | null, considerationText: string | null, recordedById: string | null, recordedByName: string | null, recordedAt: string }>, creditLines: Array<{ id: string, termSheetId: string, projectId: string, status: CreditLineStatus, creditFen: string, drawnFen: string, totalShares: string, sharesIssued: string, sharesBoughtBack: string, pricePerShareFen: string, shareClassId: string, expiresAt: string, buyBackUntil: string | null, buyBackPremiumBasisPoints: number | null, buyBackOpen: boolean }> } | null };

export type CapTableListingsQueryVariables = Exact<{ [key: string]: never; }>;


export type CapTableListingsQuery = { capTables: Array<{ organisationId: string, organisationName: string, stakeholderCount: number, totalOutstandingShares: string, centreShares: string, creditLineCount: number }> };

export type AddStakeholderMutationVariables = Exact<{
  input: AddStakeholderInput;
}>;


export type AddStakeholderMutation = { addStakeholder: { capTable: { organisationId: string, organisationName: string, totalIssuedShares: string, totalBoughtBackShares: string, totalOutstandingShares: string, totalFullyDilutedShares: string, shareClasses: Array<{ id: string, name: string, classType: ShareClassType, seniority: number, sharesAuthorised: string | null, outstandingShares: string }>, stakeholders: Array<{ id: string, name: string, kind: StakeholderKind, entityType: StakeholderEntityType, shares: string, fullyDilutedShares: string, outstandingBasisPoints: number, fullyDilutedBasisPoints: number, byClass: Array<{ shareClassId: string, shares: string }> }>, history: Array<{ id: string, kind: CapTableEventKind, at: string, stakeholderId: string, stakeholderName: string, shareClassId: string, shares: string, pricePerShareFen: string | null, priceFen: string | null, source: IssuanceSource, creditLineId: string | null, trancheNumber: number | null, issuanceId: string | null, considerationText: string | null, recordedById: string | null, recordedByName: string | null, recordedAt: string }>, creditLines: Array<{ id: string, termSheetId: string, projectId: string, status: CreditLineStatus, creditFen: string, drawnFen: string, totalShares: string, sharesIssued: string, sharesBoughtBack: string, pricePerShareFen: string, shareClassId: string, expiresAt: string, buyBackUntil: string | null, buyBackPremiumBasisPoints: number | null, buyBackOpen: boolean }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AddShareClassMutationVariables = Exact<{
  input: AddShareClassInput;
}>;


export type AddShareClassMutation = { addShareClass: { capTable: { organisationId: string, organisationName: string, totalIssuedShares: string, totalBoughtBackShares: string, totalOutstandingShares: string, totalFullyDilutedShares: string, shareClasses: Array<{ id: string, name: string, classType: ShareClassType, seniority: number, sharesAuthorised: string | null, outstandingShares: string }>, stakeholders: Array<{ id: string, name: string, kind: StakeholderKind, entityType: StakeholderEntityType, shares: string, fullyDilutedShares: string, outstandingBasisPoints: number, fullyDilutedBasisPoints: number, byClass: Array<{ shareClassId: string, shares: string }> }>, history: Array<{ id: string, kind: CapTableEventKind, at: string, stakeholderId: string, stakeholderName: string, shareClassId: string, shares: string, pricePerShareFen: string | null, priceFen: string | null, source: IssuanceSource, creditLineId: string | null, trancheNumber: number | null, issuanceId: string | null, considerationText: string | null, recordedById: string | null, recordedByName: string | null, recordedAt: string }>, creditLines: Array<{ id: string, termSheetId: string, projectId: string, status: CreditLineStatus, creditFen: string, drawnFen: string, totalShares: string, sharesIssued: string, sharesBoughtBack: string, pricePerShareFen: string, shareClassId: string, expiresAt: string, buyBackUntil: string | null, buyBackPremiumBasisPoints: number | null, buyBackOpen: boolean }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RecordIssuanceMutationVariables = Exact<{
  input: RecordIssuanceInput;
}>;


export type RecordIssuanceMutation = { recordIssuance: { capTable: { organisationId: string, organisationName: string, totalIssuedShares: string, totalBoughtBackShares: string, totalOutstandingShares: string, totalFullyDilutedShares: string, shareClasses: Array<{ id: string, name: string, classType: ShareClassType, seniority: number, sharesAuthorised: string | null, outstandingShares: string }>, stakeholders: Array<{ id: string, name: string, kind: StakeholderKind, entityType: StakeholderEntityType, shares: string, fullyDilutedShares: string, outstandingBasisPoints: number, fullyDilutedBasisPoints: number, byClass: Array<{ shareClassId: string, shares: string }> }>, history: Array<{ id: string, kind: CapTableEventKind, at: string, stakeholderId: string, stakeholderName: string, shareClassId: string, shares: string, pricePerShareFen: string | null, priceFen: string | null, source: IssuanceSource, creditLineId: string | null, trancheNumber: number | null, issuanceId: string | null, considerationText: string | null, recordedById: string | null, recordedByName: string | null, recordedAt: string }>, creditLines: Array<{ id: string, termSheetId: string, projectId: string, status: CreditLineStatus, creditFen: string, drawnFen: string, totalShares: string, sharesIssued: string, sharesBoughtBack: string, pricePerShareFen: string, shareClassId: string, expiresAt: string, buyBackUntil: string | null, buyBackPremiumBasisPoints: number | null, buyBackOpen: boolean }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RecordBuyBackMutationVariables = Exact<{
  input: RecordBuyBackInput;
}>;


export type RecordBuyBackMutation = { recordBuyBack: { capTable: { organisationId: string, organisationName: string, totalIssuedShares: string, totalBoughtBackShares: string, totalOutstandingShares: string, totalFullyDilutedShares: string, shareClasses: Array<{ id: string, name: string, classType: ShareClassType, seniority: number, sharesAuthorised: string | null, outstandingShares: string }>, stakeholders: Array<{ id: string, name: string, kind: StakeholderKind, entityType: StakeholderEntityType, shares: string, fullyDilutedShares: string, outstandingBasisPoints: number, fullyDilutedBasisPoints: number, byClass: Array<{ shareClassId: string, shares: string }> }>, history: Array<{ id: string, kind: CapTableEventKind, at: string, stakeholderId: string, stakeholderName: string, shareClassId: string, shares: string, pricePerShareFen: string | null, priceFen: string | null, source: IssuanceSource, creditLineId: string | null, trancheNumber: number | null, issuanceId: string | null, considerationText: string | null, recordedById: string | null, recordedByName: string | null, recordedAt: string }>, creditLines: Array<{ id: string, termSheetId: string, projectId: string, status: CreditLineStatus, creditFen: string, drawnFen: string, totalShares: string, sharesIssued: string, sharesBoughtBack: string, pricePerShareFen: string, shareClassId: string, expiresAt: string, buyBackUntil: string | null, buyBackPremiumBasisPoints: number | null, buyBackOpen: boolean }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CreateClusterWithDescriptionMutationVariables = Exact<{
  input: CreateClusterInput;
}>;


export type CreateClusterWithDescriptionMutation = { createCluster: { cluster: { id: string, name: string, description: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type AddNodesCodesMutationVariables = Exact<{
  input: AddNodesInput;
}>;


export type AddNodesCodesMutation = { addNodes: { cluster: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type RetireNodeMutationVariables = Exact<{
  id: string | number;
}>;


export type RetireNodeMutation = { retireNode: { node: { id: string, name: string, drained: boolean, retiredAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type DrainNodeForDecommissioningMutationVariables = Exact<{
  id: string | number;
}>;


export type DrainNodeForDecommissioningMutation = { drainNode: { node: { drained: boolean } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type RestoreNodeMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreNodeMutation = { restoreNode: { node: { drained: boolean } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type ClusterGridQueryVariables = Exact<{
  id: string | number;
}>;


export type ClusterGridQuery = { cluster: { id: string, cardTypes: Array<string>, utilisation: { totalCards: number, healthyCards: number }, nodes: Array<{ id: string, name: string, drained: boolean, cards: Array<{ holder: { allocationId: string } | null }> }> } | null };

export type ClusterIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClusterIdsQuery = { clusters: Array<{ id: string, name: string }> };

export type ClusterCardHoldersQueryVariables = Exact<{ [key: string]: never; }>;


export type ClusterCardHoldersQuery = { clusters: Array<{ id: string, nodes: Array<{ id: string, cardType: string, cards: Array<{ id: string, holder: { allocationId: string } | null }> }> }> };

export type MyClusterCardHoldersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyClusterCardHoldersQuery = { clusters: Array<{ id: string, nodes: Array<{ cardType: string, cards: Array<{ holder: { allocationId: string, mine: boolean } | null }> }> }> };

export type DrainNodeForRepairMutationVariables = Exact<{
  id: string | number;
}>;


export type DrainNodeForRepairMutation = { drainNode: { node: { drained: boolean, cards: Array<{ health: CardHealth }> } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type ReportCardFailedMutationVariables = Exact<{
  id: string | number;
}>;


export type ReportCardFailedMutation = { reportCardHealth: { card: { health: CardHealth, holder: { allocationId: string } | null } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type ReportCardHealthyMutationVariables = Exact<{
  id: string | number;
}>;


export type ReportCardHealthyMutation = { reportCardHealth: { userErrors: Array<{ code: UserErrorCode }> } };

export type CreateClusterMutationVariables = Exact<{
  input: CreateClusterInput;
}>;


export type CreateClusterMutation = { createCluster: { cluster: { id: string, name: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type RenameClusterMutationVariables = Exact<{
  input: RenameClusterInput;
}>;


export type RenameClusterMutation = { renameCluster: { cluster: { id: string, name: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type DeleteClusterMutationVariables = Exact<{
  input: DeleteClusterInput;
}>;


export type DeleteClusterMutation = { deleteCluster: { deletedClusterId: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type TicketFieldsFragment = { id: string, organisationId: string, category: TicketCategory, priority: TicketPriority, subject: string, status: TicketStatus, assigneeId: string | null, assigneeName: string | null, linkedKind: TicketLinkKind | null, linkedId: string | null, firstResponseAt: string | null, resolvedAt: string | null, closedAt: string | null, satisfaction: number | null, satisfactionComment: string | null, messages: Array<{ id: string, visibility: TicketMessageVisibility, body: string, authorName: string | null, mine: boolean, linkedArticles: Array<{ articleId: string, slug: string, titleZh: string, titleEn: string, published: boolean }> }>, slaTargets: Array<{ kind: SlaTargetKind, targetMinutes: number, usedMinutes: number, minutesLeft: number, deadline: string | null, state: SlaState, metAt: string | null }>, escalations: Array<{ kind: SlaTargetKind, priorityBefore: TicketPriority, priorityAfter: TicketPriority, notifiedCount: number }>, statusHistory: Array<{ fromStatus: TicketStatus | null, toStatus: TicketStatus }> };

export type MyIdQueryVariables = Exact<{ [key: string]: never; }>;


export type MyIdQuery = { me: { id: string } };

export type TicketByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type TicketByIdQuery = { ticket: { id: string, organisationId: string, category: TicketCategory, priority: TicketPriority, subject: string, status: TicketStatus, assigneeId: string | null, assigneeName: string | null, linkedKind: TicketLinkKind | null, linkedId: string | null, firstResponseAt: string | null, resolvedAt: string | null, closedAt: string | null, satisfaction: number | null, satisfactionComment: string | null, messages: Array<{ id: string, visibility: TicketMessageVisibility, body: string, authorName: string | null, mine: boolean, linkedArticles: Array<{ articleId: string, slug: string, titleZh: string, titleEn: string, published: boolean }> }>, slaTargets: Array<{ kind: SlaTargetKind, targetMinutes: number, usedMinutes: number, minutesLeft: number, deadline: string | null, state: SlaState, metAt: string | null }>, escalations: Array<{ kind: SlaTargetKind, priorityBefore: TicketPriority, priorityAfter: TicketPriority, notifiedCount: number }>, statusHistory: Array<{ fromStatus: TicketStatus | null, toStatus: TicketStatus }> } | null };

export type TicketQueueQueryVariables = Exact<{
  status?: Array<TicketStatus> | TicketStatus | null | undefined;
  breached?: boolean | null | undefined;
  mine?: boolean | null | undefined;
}>;


export type TicketQueueQuery = { tickets: { totalCount: number, edges: Array<{ node: { id: string, status: TicketStatus, subject: string, slaTargets: Array<{ kind: SlaTargetKind, state: SlaState, minutesLeft: number }> } }> } };

export type OpenTicketMutationVariables = Exact<{
  input: OpenTicketInput;
}>;


export type OpenTicketMutation = { openTicket: { ticket: { id: string, organisationId: string, category: TicketCategory, priority: TicketPriority, subject: string, status: TicketStatus, assigneeId: string | null, assigneeName: string | null, linkedKind: TicketLinkKind | null, linkedId: string | null, firstResponseAt: string | null, resolvedAt: string | null, closedAt: string | null, satisfaction: number | null, satisfactionComment: string | null, messages: Array<{ id: string, visibility: TicketMessageVisibility, body: string, authorName: string | null, mine: boolean, linkedArticles: Array<{ articleId: string, slug: string, titleZh: string, titleEn: string, published: boolean }> }>, slaTargets: Array<{ kind: SlaTargetKind, targetMinutes: number, usedMinutes: number, minutesLeft: number, deadline: string | null, state: SlaState, metAt: string | null }>, escalations: Array<{ kind: SlaTargetKind, priorityBefore: TicketPriority, priorityAfter: TicketPriority, notifiedCount: number }>, statusHistory: Array<{ fromStatus: TicketStatus | null, toStatus: TicketStatus }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type ReplyToTicketMutationVariables = Exact<{
  input: PostTicketMessageInput;
}>;


export type ReplyToTicketMutation = { replyToTicket: { ticket: { id: string, status: TicketStatus } | null, message: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type AddTicketNoteMutationVariables = Exact<{
  input: PostTicketMessageInput;
}>;


export type AddTicketNoteMutation = { addTicketNote: { message: { id: string, visibility: TicketMessageVisibility } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type ChangeTicketStatusMutationVariables = Exact<{
  input: ChangeTicketStatusInput;
}>;


export type ChangeTicketStatusMutation = { changeTicketStatus: { ticket: { id: string, status: TicketStatus } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type RateTicketMutationVariables = Exact<{
  input: RateTicketInput;
}>;


export type RateTicketMutation = { rateTicket: { ticket: { id: string, satisfaction: number | null, satisfactionComment: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type AssignTicketsMutationVariables = Exact<{
  input: AssignTicketsInput;
}>;


export type AssignTicketsMutation = { assignTickets: { tickets: Array<{ id: string, assigneeId: string | null }> | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type AttachToTicketMessageMutationVariables = Exact<{
  input: AttachToTicketMessageInput;
}>;


export type AttachToTicketMessageMutation = { attachToTicketMessage: { attachment: { id: string, fileName: string, sizeBytes: number, contentType: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type SetConsultantGroupMutationVariables = Exact<{
  input: SetConsultantGroupInput;
}>;


export type SetConsultantGroupMutation = { setConsultantGroup: { group: { id: string, category: TicketCategory, leadUserId: string, members: Array<{ userId: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type SetSlaPolicyMutationVariables = Exact<{
  input: SetSlaPolicyInput;
}>;


export type SetSlaPolicyMutation = { setSlaPolicy: { policy: { category: TicketCategory, priority: TicketPriority, firstResponseMinutes: number, resolutionMinutes: number } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type SlaPoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type SlaPoliciesQuery = { slaPolicies: Array<{ category: TicketCategory, priority: TicketPriority, firstResponseMinutes: number, resolutionMinutes: number }> };

export type SatisfactionReportQueryVariables = Exact<{
  fromMonth: string;
  toMonth: string;
}>;


export type SatisfactionReportQuery = { satisfactionReport: { fromMonth: string, toMonth: string, byConsultant: Array<{ consultantId: string | null, consultantName: string | null, ratings: number, averageScoreHundredths: number, counts: Array<number>, lowScores: number }>, byCategory: Array<{ category: TicketCategory, ratings: number, averageScoreHundredths: number, counts: Array<number>, lowScores: number }>, byMonth: Array<{ month: string, ratings: number, averageScoreHundredths: number, counts: Array<number>, lowScores: number }> } };

export type TicketAttachmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type TicketAttachmentsQuery = { ticket: { id: string, attachments: Array<{ id: string, messageId: string, fileName: string, contentType: string, sizeBytes: number }> } | null };

export type TermSheetFieldsFragment = { id: string, organisationId: string, projectId: string, status: TermSheetStatus, signedVersionNo: number | null, withdrawnBySide: TermSheetSide | null, withdrawnReason: string, currentVersion: { versionNo: number, proposedBySide: TermSheetSide, contentHash: string }, versions: Array<{ versionNo: number, proposedBySide: TermSheetSide, createdAt: string, contentHash: string, terms: { creditFen: string, preMoneyValuationFen: string, preMoneyFullyDilutedShares: string, shareClass: string, creditExpiresAt: string, tranches: Array<{ percentBasisPoints: number, release: { kind: TrancheReleaseKind, thresholdBasisPoints: number | null, stage: string | null, at: string | null, milestoneKey: string | null } }>, buyBack: { months: number, premiumBasisPoints: number } | null }, derived: { postMoneyValuationFen: string, centrePercentBasisPoints: number, centreShares: string, pricePerShareMicroYuan: string, trancheShares: Array<string>, trancheCreditFen: Array<string> } }>, acceptances: Array<{ versionNo: number, side: TermSheetSide, userId: string, at: string, ip: string | null, contentHash: string }> };

export type TermSheetsQueryVariables = Exact<{
  projectId?: string | number | null | undefined;
}>;


export type TermSheetsQuery = { termSheets: Array<{ id: string, organisationId: string, projectId: string, status: TermSheetStatus, signedVersionNo: number | null, withdrawnBySide: TermSheetSide | null, withdrawnReason: string, currentVersion: { versionNo: number, proposedBySide: TermSheetSide, contentHash: string }, versions: Array<{ versionNo: number, proposedBySide: TermSheetSide, createdAt: string, contentHash: string, terms: { creditFen: string, preMoneyValuationFen: string, preMoneyFullyDilutedShares: string, shareClass: string, creditExpiresAt: string, tranches: Array<{ percentBasisPoints: number, release: { kind: TrancheReleaseKind, thresholdBasisPoints: number | null, stage: string | null, at: string | null, milestoneKey: string | null } }>, buyBack: { months: number, premiumBasisPoints: number } | null }, derived: { postMoneyValuationFen: string, centrePercentBasisPoints: number, centreShares: string, pricePerShareMicroYuan: string, trancheShares: Array<string>, trancheCreditFen: Array<string> } }>, acceptances: Array<{ versionNo: number, side: TermSheetSide, userId: string, at: string, ip: string | null, contentHash: string }> }> };

export type TermSheetByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type TermSheetByIdQuery = { termSheet: { id: string, organisationId: string, projectId: string, status: TermSheetStatus, signedVersionNo: number | null, withdrawnBySide: TermSheetSide | null, withdrawnReason: string, currentVersion: { versionNo: number, proposedBySide: TermSheetSide, contentHash: string }, versions: Array<{ versionNo: number, proposedBySide: TermSheetSide, createdAt: string, contentHash: string, terms: { creditFen: string, preMoneyValuationFen: string, preMoneyFullyDilutedShares: string, shareClass: string, creditExpiresAt: string, tranches: Array<{ percentBasisPoints: number, release: { kind: TrancheReleaseKind, thresholdBasisPoints: number | null, stage: string | null, at: string | null, milestoneKey: string | null } }>, buyBack: { months: number, premiumBasisPoints: number } | null }, derived: { postMoneyValuationFen: string, centrePercentBasisPoints: number, centreShares: string, pricePerShareMicroYuan: string, trancheShares: Array<string>, trancheCreditFen: Array<string> } }>, acceptances: Array<{ versionNo: number, side: TermSheetSide, userId: string, at: string, ip: string | null, contentHash: string }> } | null };

export type TermSheetDiffQueryVariables = Exact<{
  termSheetId: string | number;
  fromVersionNo: number;
  toVersionNo: number;
}>;


export type TermSheetDiffQuery = { termSheetDiff: Array<{ field: string, before: string, after: string }> };

export type ProposeTermSheetMutationVariables = Exact<{
  input: ProposeTermSheetInput;
}>;


export type ProposeTermSheetMutation = { proposeTermSheet: { termSheet: { id: string, organisationId: string, projectId: string, status: TermSheetStatus, signedVersionNo: number | null, withdrawnBySide: TermSheetSide | null, withdrawnReason: string, currentVersion: { versionNo: number, proposedBySide: TermSheetSide, contentHash: string }, versions: Array<{ versionNo: number, proposedBySide: TermSheetSide, createdAt: string, contentHash: string, terms: { creditFen: string, preMoneyValuationFen: string, preMoneyFullyDilutedShares: string, shareClass: string, creditExpiresAt: string, tranches: Array<{ percentBasisPoints: number, release: { kind: TrancheReleaseKind, thresholdBasisPoints: number | null, stage: string | null, at: string | null, milestoneKey: string | null } }>, buyBack: { months: number, premiumBasisPoints: number } | null }, derived: { postMoneyValuationFen: string, centrePercentBasisPoints: number, centreShares: string, pricePerShareMicroYuan: string, trancheShares: Array<string>, trancheCreditFen: Array<string> } }>, acceptances: Array<{ versionNo: number, side: TermSheetSide, userId: string, at: string, ip: string | null, contentHash: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CounterOfferTermSheetMutationVariables = Exact<{
  input: CounterOfferTermSheetInput;
}>;


export type CounterOfferTermSheetMutation = { counterOfferTermSheet: { termSheet: { id: string, organisationId: string, projectId: string, status: TermSheetStatus, signedVersionNo: number | null, withdrawnBySide: TermSheetSide | null, withdrawnReason: string, currentVersion: { versionNo: number, proposedBySide: TermSheetSide, contentHash: string }, versions: Array<{ versionNo: number, proposedBySide: TermSheetSide, createdAt: string, contentHash: string, terms: { creditFen: string, preMoneyValuationFen: string, preMoneyFullyDilutedShares: string, shareClass: string, creditExpiresAt: string, tranches: Array<{ percentBasisPoints: number, release: { kind: TrancheReleaseKind, thresholdBasisPoints: number | null, stage: string | null, at: string | null, milestoneKey: string | null } }>, buyBack: { months: number, premiumBasisPoints: number } | null }, derived: { postMoneyValuationFen: string, centrePercentBasisPoints: number, centreShares: string, pricePerShareMicroYuan: string, trancheShares: Array<string>, trancheCreditFen: Array<string> } }>, acceptances: Array<{ versionNo: number, side: TermSheetSide, userId: string, at: string, ip: string | null, contentHash: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AcceptTermSheetVersionMutationVariables = Exact<{
  input: AcceptTermSheetVersionInput;
}>;


export type AcceptTermSheetVersionMutation = { acceptTermSheetVersion: { termSheet: { id: string, organisationId: string, projectId: string, status: TermSheetStatus, signedVersionNo: number | null, withdrawnBySide: TermSheetSide | null, withdrawnReason: string, currentVersion: { versionNo: number, proposedBySide: TermSheetSide, contentHash: string }, versions: Array<{ versionNo: number, proposedBySide: TermSheetSide, createdAt: string, contentHash: string, terms: { creditFen: string, preMoneyValuationFen: string, preMoneyFullyDilutedShares: string, shareClass: string, creditExpiresAt: string, tranches: Array<{ percentBasisPoints: number, release: { kind: TrancheReleaseKind, thresholdBasisPoints: number | null, stage: string | null, at: string | null, milestoneKey: string | null } }>, buyBack: { months: number, premiumBasisPoints: number } | null }, derived: { postMoneyValuationFen: string, centrePercentBasisPoints: number, centreShares: string, pricePerShareMicroYuan: string, trancheShares: Array<string>, trancheCreditFen: Array<string> } }>, acceptances: Array<{ versionNo: number, side: TermSheetSide, userId: string, at: string, ip: string | null, contentHash: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type WithdrawTermSheetMutationVariables = Exact<{
  input: WithdrawTermSheetInput;
}>;


export type WithdrawTermSheetMutation = { withdrawTermSheet: { termSheet: { id: string, organisationId: string, projectId: string, status: TermSheetStatus, signedVersionNo: number | null, withdrawnBySide: TermSheetSide | null, withdrawnReason: string, currentVersion: { versionNo: number, proposedBySide: TermSheetSide, contentHash: string }, versions: Array<{ versionNo: number, proposedBySide: TermSheetSide, createdAt: string, contentHash: string, terms: { creditFen: string, preMoneyValuationFen: string, preMoneyFullyDilutedShares: string, shareClass: string, creditExpiresAt: string, tranches: Array<{ percentBasisPoints: number, release: { kind: TrancheReleaseKind, thresholdBasisPoints: number | null, stage: string | null, at: string | null, milestoneKey: string | null } }>, buyBack: { months: number, premiumBasisPoints: number } | null }, derived: { postMoneyValuationFen: string, centrePercentBasisPoints: number, centreShares: string, pricePerShareMicroYuan: string, trancheShares: Array<string>, trancheCreditFen: Array<string> } }>, acceptances: Array<{ versionNo: number, side: TermSheetSide, userId: string, at: string, ip: string | null, contentHash: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type EquityMeQueryVariables = Exact<{ [key: string]: never; }>;


export type EquityMeQuery = { me: { id: string } };

export type KbArticleResultFragment = { article: { id: string, slug: string, status: KbArticleStatus, deflectionCount: number, hasUnpublishedChanges: boolean, published: { version: number, titleZh: string } | null, versions: Array<{ version: number }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> };

export type TestCreateKbArticleMutationVariables = Exact<{
  input: CreateKbArticleInput;
}>;


export type TestCreateKbArticleMutation = { createKbArticle: { article: { id: string, slug: string, status: KbArticleStatus, deflectionCount: number, hasUnpublishedChanges: boolean, published: { version: number, titleZh: string } | null, versions: Array<{ version: number }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type TestUpdateKbArticleDraftMutationVariables = Exact<{
  input: UpdateKbArticleDraftInput;
}>;


export type TestUpdateKbArticleDraftMutation = { updateKbArticleDraft: { article: { id: string, slug: string, status: KbArticleStatus, deflectionCount: number, hasUnpublishedChanges: boolean, published: { version: number, titleZh: string } | null, versions: Array<{ version: number }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type TestPublishKbArticleMutationVariables = Exact<{
  articleId: string | number;
}>;


export type TestPublishKbArticleMutation = { publishKbArticle: { article: { id: string, slug: string, status: KbArticleStatus, deflectionCount: number, hasUnpublishedChanges: boolean, published: { version: number, titleZh: string } | null, versions: Array<{ version: number }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type TestUnpublishKbArticleMutationVariables = Exact<{
  articleId: string | number;
}>;


export type TestUnpublishKbArticleMutation = { unpublishKbArticle: { article: { id: string, slug: string, status: KbArticleStatus, deflectionCount: number, hasUnpublishedChanges: boolean, published: { version: number, titleZh: string } | null, versions: Array<{ version: number }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type TestMarkKbArticleHelpfulMutationVariables = Exact<{
  articleId: string | number;
}>;


export type TestMarkKbArticleHelpfulMutation = { markKbArticleHelpful: { counted: boolean | null, article: { id: string, deflectionCount: number, helpfulByMe: boolean } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type TestKbArticleQueryVariables = Exact<{
  id?: string | number | null | undefined;
  slug?: string | null | undefined;
}>;


export type TestKbArticleQuery = { kbArticle: { id: string, status: KbArticleStatus, viewCount: number, deflectionCount: number, linkedInReplies: number | null, helpfulByMe: boolean, draft: { bodyZh: string } | null, published: { version: number, bodyZh: string } | null } | null };

export type TestKbArticlesQueryVariables = Exact<{ [key: string]: never; }>;


export type TestKbArticlesQuery = { kbArticles: Array<{ id: string, slug: string, deflectionCount: number, viewCount: number, linkedInReplies: number | null }> };

export type TestKbSearchQueryVariables = Exact<{
  query: string;
  locale: KbLanguage;
}>;


export type TestKbSearchQuery = { kbSearch: Array<{ articleId: string, title: string }> };

export type MatchResourceFieldsFragment = { id: string, kind: ResourceKind, name: string, description: string, ownerUserId: string | null, ownerOrganisationId: string | null, ownerName: string | null, capacity: number, capacityPeriod: CapacityPeriod, available: boolean, availableFrom: string | null, availableUntil: string | null, mine: boolean, tags: { industries: Array<string>, technologies: Array<string>, stages: Array<string>, regions: Array<string> }, capacityUse: { capacity: number, taken: number, left: number, periodLabelZh: string, periodLabelEn: string } };

export type IntroductionFieldsFragment = { id: string, needId: string, resourceId: string, organisationId: string, organisationName: string | null, status: IntroductionStatus, choice: ProposalChoice, score: number, explanationZh: string, explanationEn: string, proposedAt: string, proposedByName: string | null, startupAnswer: IntroductionAnswer | null, startupAnsweredAt: string | null, resourceAnswer: IntroductionAnswer | null, resourceAnsweredAt: string | null, acceptedAt: string | null, declinedAt: string | null, metOn: string | null, outcome: IntroductionOutcome | null, outcomeNotes: string | null, concludedAt: string | null, mySides: Array<IntroductionSide>, mayRecord: boolean, reasons: Array<{ code: string, points: number, textZh: string, textEn: string }> };

export type MatchNeedFieldsFragment = { id: string, organisationId: string, organisationName: string | null, projectId: string, projectName: string | null, projectStage: ProjectStage | null, kind: ResourceKind, description: string, urgency: NeedUrgency, state: NeedState, competitorOrganisationIds: Array<string>, postedByName: string | null, createdAt: string, closedAt: string | null, tags: { industries: Array<string>, technologies: Array<string>, stages: Array<string>, regions: Array<string> } };

export type CreateMatchResourceMutationVariables = Exact<{
  input: CreateMatchResourceInput;
}>;


export type CreateMatchResourceMutation = { createMatchResource: { resource: { id: string, kind: ResourceKind, name: string, description: string, ownerUserId: string | null, ownerOrganisationId: string | null, ownerName: string | null, capacity: number, capacityPeriod: CapacityPeriod, available: boolean, availableFrom: string | null, availableUntil: string | null, mine: boolean, conflicts: Array<{ organisationId: string, organisationName: string, reason: ConflictReason }>, tags: { industries: Array<string>, technologies: Array<string>, stages: Array<string>, regions: Array<string> }, capacityUse: { capacity: number, taken: number, left: number, periodLabelZh: string, periodLabelEn: string } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateMatchResourceMutationVariables = Exact<{
  input: UpdateMatchResourceInput;
}>;


export type UpdateMatchResourceMutation = { updateMatchResource: { resource: { id: string, kind: ResourceKind, name: string, description: string, ownerUserId: string | null, ownerOrganisationId: string | null, ownerName: string | null, capacity: number, capacityPeriod: CapacityPeriod, available: boolean, availableFrom: string | null, availableUntil: string | null, mine: boolean, conflicts: Array<{ organisationId: string, reason: ConflictReason }>, tags: { industries: Array<string>, technologies: Array<string>, stages: Array<string>, regions: Array<string> }, capacityUse: { capacity: number, taken: number, left: number, periodLabelZh: string, periodLabelEn: string } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type MatchResourcesQueryVariables = Exact<{
  kind?: Array<ResourceKind> | ResourceKind | null | undefined;
}>;


export type MatchResourcesQuery = { matchResources: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: ResourceKind, mine: boolean } }> } };

export type MatchResourceByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type MatchResourceByIdQuery = { matchResource: { id: string, kind: ResourceKind, name: string, description: string, ownerUserId: string | null, ownerOrganisationId: string | null, ownerName: string | null, capacity: number, capacityPeriod: CapacityPeriod, available: boolean, availableFrom: string | null, availableUntil: string | null, mine: boolean, conflicts: Array<{ organisationId: string, reason: ConflictReason }>, tags: { industries: Array<string>, technologies: Array<string>, stages: Array<string>, regions: Array<string> }, capacityUse: { capacity: number, taken: number, left: number, periodLabelZh: string, periodLabelEn: string } } | null };

export type PostMatchNeedMutationVariables = Exact<{
  input: PostMatchNeedInput;
}>;


export type PostMatchNeedMutation = { postMatchNeed: { need: { id: string, organisationId: string, organisationName: string | null, projectId: string, projectName: string | null, projectStage: ProjectStage | null, kind: ResourceKind, description: string, urgency: NeedUrgency, state: NeedState, competitorOrganisationIds: Array<string>, postedByName: string | null, createdAt: string, closedAt: string | null, tags: { industries: Array<string>, technologies: Array<string>, stages: Array<string>, regions: Array<string> } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateMatchNeedMutationVariables = Exact<{
  input: UpdateMatchNeedInput;
}>;


export type UpdateMatchNeedMutation = { updateMatchNeed: { need: { id: string, organisationId: string, organisationName: string | null, projectId: string, projectName: string | null, projectStage: ProjectStage | null, kind: ResourceKind, description: string, urgency: NeedUrgency, state: NeedState, competitorOrganisationIds: Array<string>, postedByName: string | null, createdAt: string, closedAt: string | null, tags: { industries: Array<string>, technologies: Array<string>, stages: Array<string>, regions: Array<string> } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type CloseMatchNeedMutationVariables = Exact<{
  input: CloseMatchNeedInput;
}>;


export type CloseMatchNeedMutation = { closeMatchNeed: { need: { id: string, state: NeedState, closedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type MatchNeedsQueryVariables = Exact<{
  organisationId?: string | number | null | undefined;
  state?: Array<NeedState> | NeedState | null | undefined;
}>;


export type MatchNeedsQuery = { matchNeeds: { totalCount: number, edges: Array<{ node: { id: string, organisationId: string, state: NeedState, kind: ResourceKind } }> } };

export type MatchNeedByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type MatchNeedByIdQuery = { matchNeed: { id: string, organisationId: string, organisationName: string | null, projectId: string, projectName: string | null, projectStage: ProjectStage | null, kind: ResourceKind, description: string, urgency: NeedUrgency, state: NeedState, competitorOrganisationIds: Array<string>, postedByName: string | null, createdAt: string, closedAt: string | null, introductions: Array<{ id: string, status: IntroductionStatus }>, tags: { industries: Array<string>, technologies: Array<string>, stages: Array<string>, regions: Array<string> } } | null };

export type MatchNeedSeenQueryVariables = Exact<{
  id: string | number;
}>;


export type MatchNeedSeenQuery = { matchNeed: { id: string, organisationId: string, kind: ResourceKind, description: string } | null };

export type MatchNeedCompetitorsQueryVariables = Exact<{
  id: string | number;
}>;


export type MatchNeedCompetitorsQuery = { matchNeed: { id: string, competitorOrganisationIds: Array<string> } | null };

export type SetOrganisationCompetitorsMutationVariables = Exact<{
  input: SetOrganisationCompetitorsInput;
}>;


export type SetOrganisationCompetitorsMutation = { setOrganisationCompetitors: { competitorOrganisationIds: Array<string> | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type OrganisationCompetitorsQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationCompetitorsQuery = { organisationCompetitors: Array<string> };

export type MatchSuggestionsQueryVariables = Exact<{
  rankedPerNeed?: number | null | undefined;
}>;


export type MatchSuggestionsQuery = { matchSuggestions: { method: MatchingMethod, totalScore: number, greedyTotalScore: number, computedAt: string, needs: Array<{ need: { id: string, organisationId: string, kind: ResourceKind, urgency: NeedUrgency }, ranked: Array<{ resourceId: string, score: number, explanationZh: string, explanationEn: string, reasons: Array<{ code: string, points: number }> }>, assigned: { resourceId: string, score: number, explanationZh: string, explanationEn: string, resource: { id: string, name: string } | null } | null }> } };

export type ProposeIntroductionMutationVariables = Exact<{
  input: ProposeIntroductionInput;
}>;


export type ProposeIntroductionMutation = { proposeIntroduction: { introduction: { id: string, needId: string, resourceId: string, organisationId: string, organisationName: string | null, status: IntroductionStatus, choice: ProposalChoice, score: number, explanationZh: string, explanationEn: string, proposedAt: string, proposedByName: string | null, startupAnswer: IntroductionAnswer | null, startupAnsweredAt: string | null, resourceAnswer: IntroductionAnswer | null, resourceAnsweredAt: string | null, acceptedAt: string | null, declinedAt: string | null, metOn: string | null, outcome: IntroductionOutcome | null, outcomeNotes: string | null, concludedAt: string | null, mySides: Array<IntroductionSide>, mayRecord: boolean, reasons: Array<{ code: string, points: number, textZh: string, textEn: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AnswerIntroductionMutationVariables = Exact<{
  input: AnswerIntroductionInput;
}>;


export type AnswerIntroductionMutation = { answerIntroduction: { introduction: { id: string, needId: string, resourceId: string, organisationId: string, organisationName: string | null, status: IntroductionStatus, choice: ProposalChoice, score: number, explanationZh: string, explanationEn: string, proposedAt: string, proposedByName: string | null, startupAnswer: IntroductionAnswer | null, startupAnsweredAt: string | null, resourceAnswer: IntroductionAnswer | null, resourceAnsweredAt: string | null, acceptedAt: string | null, declinedAt: string | null, metOn: string | null, outcome: IntroductionOutcome | null, outcomeNotes: string | null, concludedAt: string | null, mySides: Array<IntroductionSide>, mayRecord: boolean, reasons: Array<{ code: string, points: number, textZh: string, textEn: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RecordIntroductionMeetingMutationVariables = Exact<{
  input: RecordIntroductionMeetingInput;
}>;


export type RecordIntroductionMeetingMutation = { recordIntroductionMeeting: { introduction: { id: string, status: IntroductionStatus, metOn: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type RecordIntroductionOutcomeMutationVariables = Exact<{
  input: RecordIntroductionOutcomeInput;
}>;


export type RecordIntroductionOutcomeMutation = { recordIntroductionOutcome: { introduction: { id: string, status: IntroductionStatus, outcome: IntroductionOutcome | null, outcomeNotes: string | null, concludedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type IntroductionByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type IntroductionByIdQuery = { introduction: { id: string, needId: string, resourceId: string, organisationId: string, organisationName: string | null, status: IntroductionStatus, choice: ProposalChoice, score: number, explanationZh: string, explanationEn: string, proposedAt: string, proposedByName: string | null, startupAnswer: IntroductionAnswer | null, startupAnsweredAt: string | null, resourceAnswer: IntroductionAnswer | null, resourceAnsweredAt: string | null, acceptedAt: string | null, declinedAt: string | null, metOn: string | null, outcome: IntroductionOutcome | null, outcomeNotes: string | null, concludedAt: string | null, mySides: Array<IntroductionSide>, mayRecord: boolean, need: { id: string, organisationId: string } | null, resource: { id: string, name: string, ownerName: string | null } | null, reasons: Array<{ code: string, points: number, textZh: string, textEn: string }> } | null };

export type IntroductionsQueryVariables = Exact<{
  status?: Array<IntroductionStatus> | IntroductionStatus | null | undefined;
  needId?: string | number | null | undefined;
  resourceId?: string | number | null | undefined;
}>;


export type IntroductionsQuery = { introductions: { totalCount: number, edges: Array<{ node: { id: string, status: IntroductionStatus, outcome: IntroductionOutcome | null, organisationId: string, resourceId: string } }> } };

export type MatchmakingFunnelQueryVariables = Exact<{
  fromMonth?: string | null | undefined;
  toMonth?: string | null | undefined;
}>;


export type MatchmakingFunnelQuery = { matchmakingFunnel: { fromMonth: string, toMonth: string, rows: Array<{ month: string, kind: ResourceKind, proposed: number, accepted: number, declined: number, met: number, deals: number }> } };

export type MatchmakingSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatchmakingSettingsQuery = { matchmakingSettings: { reminderDays: number } };

export type SetMatchmakingSettingsMutationVariables = Exact<{
  input: SetMatchmakingSettingsInput;
}>;


export type SetMatchmakingSettingsMutation = { setMatchmakingSettings: { settings: { reminderDays: number } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type MatchmakingMeQueryVariables = Exact<{ [key: string]: never; }>;


export type MatchmakingMeQuery = { me: { id: string } };

export type MatchmakingNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatchmakingNotificationsQuery = { notifications: { edges: Array<{ node: { kind: NotificationKind, link: string, params: Array<{ name: string, value: string }> } }> } };

export type MatchmakingAuditQueryVariables = Exact<{
  action?: string | null | undefined;
}>;


export type MatchmakingAuditQuery = { auditEvents: { edges: Array<{ node: { action: string, targetId: string | null, detailsJson: string } }> } };

export type ProposeIntroductionsMutationVariables = Exact<{
  input: ProposeIntroductionsInput;
}>;


export type ProposeIntroductionsMutation = { proposeIntroductions: { introductions: Array<{ id: string, needId: string, resourceId: string, status: IntroductionStatus, choice: ProposalChoice }> | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MilestoneFieldsFragment = { id: string, projectId: string, key: string, title: string, dueOn: string, evidenceRequested: string, status: MilestoneStatus, evidence: string | null, evidenceUrl: string | null, submittedAt: string | null, decidedAt: string | null, decisionNote: string | null };

export type ProjectMilestonesQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectMilestonesQuery = { project: { id: string, milestones: Array<{ id: string, projectId: string, key: string, title: string, dueOn: string, evidenceRequested: string, status: MilestoneStatus, evidence: string | null, evidenceUrl: string | null, submittedAt: string | null, decidedAt: string | null, decisionNote: string | null }>, nextMilestone: { key: string } | null, overdueMilestones: Array<{ key: string }>, milestoneHistory: Array<{ milestoneId: string, kind: MilestoneEventKind, note: string | null, actorName: string | null, at: string }> } | null };

export type AddMilestoneMutationVariables = Exact<{
  input: AddMilestoneInput;
}>;


export type AddMilestoneMutation = { addMilestone: { milestone: { id: string, projectId: string, key: string, title: string, dueOn: string, evidenceRequested: string, status: MilestoneStatus, evidence: string | null, evidenceUrl: string | null, submittedAt: string | null, decidedAt: string | null, decisionNote: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type SubmitMilestoneEvidenceMutationVariables = Exact<{
  input: SubmitMilestoneEvidenceInput;
}>;


export type SubmitMilestoneEvidenceMutation = { submitMilestoneEvidence: { milestone: { id: string, projectId: string, key: string, title: string, dueOn: string, evidenceRequested: string, status: MilestoneStatus, evidence: string | null, evidenceUrl: string | null, submittedAt: string | null, decidedAt: string | null, decisionNote: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type AcceptMilestoneMutationVariables = Exact<{
  input: AcceptMilestoneInput;
}>;


export type AcceptMilestoneMutation = { acceptMilestone: { milestone: { id: string, projectId: string, key: string, title: string, dueOn: string, evidenceRequested: string, status: MilestoneStatus, evidence: string | null, evidenceUrl: string | null, submittedAt: string | null, decidedAt: string | null, decisionNote: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type ReturnMilestoneMutationVariables = Exact<{
  input: ReturnMilestoneInput;
}>;


export type ReturnMilestoneMutation = { returnMilestone: { milestone: { id: string, projectId: string, key: string, title: string, dueOn: string, evidenceRequested: string, status: MilestoneStatus, evidence: string | null, evidenceUrl: string | null, submittedAt: string | null, decidedAt: string | null, decisionNote: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type MyNotificationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;


export type MyNotificationsQuery = { unreadNotificationCount: number, notifications: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, kind: NotificationKind, link: string, createdAt: string, readAt: string | null, params: Array<{ name: string, value: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { markedCount: number | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type SetNotificationPreferenceMutationVariables = Exact<{
  input: SetNotificationPreferenceInput;
}>;


export type SetNotificationPreferenceMutation = { setNotificationPreference: { preference: { kind: NotificationKind, inApp: boolean, email: boolean, isDefault: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { notificationPreferences: Array<{ kind: NotificationKind, inApp: boolean, email: boolean, isDefault: boolean }> };

export type RejectVoucherApplicationForTestMutationVariables = Exact<{
  input: RejectVoucherApplicationInput;
}>;


export type RejectVoucherApplicationForTestMutation = { rejectVoucherApplication: { userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type OrganisationProjectStagesQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationProjectStagesQuery = { organisation: { projects: { edges: Array<{ node: { id: string, stage: ProjectStage, history: Array<{ id: string }> } }> } } | null };

export type OrganisationsWithProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationsWithProjectsQuery = { organisations: { edges: Array<{ node: { id: string, name: string, projects: { edges: Array<{ node: { id: string } }> } } }> } };

export type OrganisationAllocationIdsQueryVariables = Exact<{
  org?: string | number | null | undefined;
}>;


export type OrganisationAllocationIdsQuery = { allocationRequests: { edges: Array<{ node: { id: string } }> } };

export type VisibleOrganisationsAndProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type VisibleOrganisationsAndProjectsQuery = { me: { organisation: { id: string, name: string } | null }, organisations: { totalCount: number, edges: Array<{ node: { name: string } }> }, projects: { edges: Array<{ node: { organisation: { name: string } } }> } };

export type PortfolioFiguresFieldsFragment = { startups: number, sharesHeld: string, committedFen: string, releasedFen: string, drawnFen: string, remainingFen: string, impliedValueFen: string };

export type PortfolioQueryVariables = Exact<{ [key: string]: never; }>;


export type PortfolioQuery = { portfolio: { asOf: string, totals: { startups: number, sharesHeld: string, committedFen: string, releasedFen: string, drawnFen: string, remainingFen: string, impliedValueFen: string }, holdings: Array<{ organisationId: string, organisationName: string, industry: Industry, kind: OrganisationKind, stage: ProjectStage, stages: Array<ProjectStage>, creditLines: number, latestCreditLineId: string, postMoneyShares: string, percentBasisPoints: number, pricePerShareMicroYuan: string, figures: { startups: number, sharesHeld: string, committedFen: string, releasedFen: string, drawnFen: string, remainingFen: string, impliedValueFen: string }, usage: Array<{ month: string, cardSeconds: string, cardHours: number, invoicedFen: string }> }>, byIndustry: Array<{ industry: Industry, figures: { startups: number, sharesHeld: string, committedFen: string, releasedFen: string, drawnFen: string, remainingFen: string, impliedValueFen: string } }>, byStage: Array<{ stage: ProjectStage, figures: { startups: number, sharesHeld: string, committedFen: string, releasedFen: string, drawnFen: string, remainingFen: string, impliedValueFen: string } }> } };

export type CreditLineByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CreditLineByIdQuery = { creditLine: { id: string, organisationId: string, projectId: string, status: CreditLineStatus, creditFen: string, drawnFen: string, remainingFen: string, drawableFen: string, totalShares: string, sharesIssued: string, tranches: Array<{ trancheNo: number, status: TrancheStatus, creditFen: string, drawnFen: string, shares: string }>, draws: Array<{ id: string, invoiceId: string, invoiceNumber: string | null, amountFen: string, drawnAt: string }> } | null };

export type TermSheetCreditLineIdQueryVariables = Exact<{
  id: string | number;
}>;


export type TermSheetCreditLineIdQuery = { termSheet: { id: string, status: TermSheetStatus, creditLine: { id: string } | null } | null };

export type ProjectPageQueryVariables = Exact<{
  first: number;
}>;


export type ProjectPageQuery = { projects: { totalCount: number, edges: Array<{ node: { id: string, name: string, organisation: { name: string }, allocationSummary: { queuedRequests: number } } }> } };

export type ApplyForProjectCodesMutationVariables = Exact<{
  input: ApplyForProjectInput;
}>;


export type ApplyForProjectCodesMutation = { applyForProject: { project: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type MeAndProjectCountQueryVariables = Exact<{ [key: string]: never; }>;


export type MeAndProjectCountQuery = { me: { email: string }, projects: { totalCount: number } };

export type LifecycleProjectFieldsFragment = { id: string, name: string, stage: ProjectStage, lastTransitionReason: string | null, availableTransitions: Array<ProjectStage>, cardType: string | null, cardCountEstimate: number | null, budgetFen: string | null, history: Array<{ fromStage: ProjectStage | null, toStage: ProjectStage, reasonCode: TransitionReasonCode, reason: string, actorName: string | null, createdAt: string, actor: { email: string } | null }>, adaptation: { sourcePlatform: string, targetPlatform: string, startedAt: string, dueAt: string, completedItems: Array<AdaptationChecklistItem>, overdue: boolean, chargeFen: string } | null };

export type ApplyForProjectMutationVariables = Exact<{
  input: ApplyForProjectInput;
}>;


export type ApplyForProjectMutation = { applyForProject: { project: { id: string, name: string, stage: ProjectStage, lastTransitionReason: string | null, availableTransitions: Array<ProjectStage>, cardType: string | null, cardCountEstimate: number | null, budgetFen: string | null, history: Array<{ fromStage: ProjectStage | null, toStage: ProjectStage, reasonCode: TransitionReasonCode, reason: string, actorName: string | null, createdAt: string, actor: { email: string } | null }>, adaptation: { sourcePlatform: string, targetPlatform: string, startedAt: string, dueAt: string, completedItems: Array<AdaptationChecklistItem>, overdue: boolean, chargeFen: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type TransitionProjectMutationVariables = Exact<{
  input: TransitionProjectInput;
}>;


export type TransitionProjectMutation = { transitionProject: { project: { id: string, name: string, stage: ProjectStage, lastTransitionReason: string | null, availableTransitions: Array<ProjectStage>, cardType: string | null, cardCountEstimate: number | null, budgetFen: string | null, history: Array<{ fromStage: ProjectStage | null, toStage: ProjectStage, reasonCode: TransitionReasonCode, reason: string, actorName: string | null, createdAt: string, actor: { email: string } | null }>, adaptation: { sourcePlatform: string, targetPlatform: string, startedAt: string, dueAt: string, completedItems: Array<AdaptationChecklistItem>, overdue: boolean, chargeFen: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type SetAdaptationChecklistItemMutationVariables = Exact<{
  input: SetAdaptationChecklistItemInput;
}>;


export type SetAdaptationChecklistItemMutation = { setAdaptationChecklistItem: { project: { id: string, name: string, stage: ProjectStage, lastTransitionReason: string | null, availableTransitions: Array<ProjectStage>, cardType: string | null, cardCountEstimate: number | null, budgetFen: string | null, history: Array<{ fromStage: ProjectStage | null, toStage: ProjectStage, reasonCode: TransitionReasonCode, reason: string, actorName: string | null, createdAt: string, actor: { email: string } | null }>, adaptation: { sourcePlatform: string, targetPlatform: string, startedAt: string, dueAt: string, completedItems: Array<AdaptationChecklistItem>, overdue: boolean, chargeFen: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type GetProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type GetProjectQuery = { project: { id: string, name: string, stage: ProjectStage, lastTransitionReason: string | null, availableTransitions: Array<ProjectStage>, cardType: string | null, cardCountEstimate: number | null, budgetFen: string | null, history: Array<{ fromStage: ProjectStage | null, toStage: ProjectStage, reasonCode: TransitionReasonCode, reason: string, actorName: string | null, createdAt: string, actor: { email: string } | null }>, adaptation: { sourcePlatform: string, targetPlatform: string, startedAt: string, dueAt: string, completedItems: Array<AdaptationChecklistItem>, overdue: boolean, chargeFen: string } | null } | null };

export type MyDisplayNameQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDisplayNameQuery = { me: { displayName: string } };

export type ProjectNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectNamesQuery = { projects: { edges: Array<{ node: { name: string } }> } };

export type OrganisationKindsQueryVariables = Exact<{
  tenantsOnly?: boolean | null | undefined;
}>;


export type OrganisationKindsQuery = { organisations: { totalCount: number, edges: Array<{ node: { kind: OrganisationKind } }> } };

export type OverdueAdaptationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverdueAdaptationsQuery = { overdueAdaptations: { totalCount: number, edges: Array<{ node: { name: string, adaptation: { overdue: boolean } | null } }> } };

export type PipelineColumnsQueryVariables = Exact<{ [key: string]: never; }>;


export type PipelineColumnsQuery = { pipeline: Array<{ stage: ProjectStage, totalCount: number, projects: Array<{ id: string }> }> };

export type PipelineBoardQueryVariables = Exact<{
  search?: string | null | undefined;
  industry?: Industry | null | undefined;
  overdueOnly: boolean;
}>;


export type PipelineBoardQuery = { pipeline: Array<{ stage: ProjectStage, totalCount: number, projects: Array<{ name: string, stage: ProjectStage, organisation: { name: string, industry: Industry }, adaptation: { overdue: boolean } | null }> }> };

export type ProjectPageAfterQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ProjectPageAfterQuery = { projects: { totalCount: number, edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ScenarioCreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type ScenarioCreateOrganisationMutation = { createOrganisation: { organisation: { id: string, name: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type ScenarioInviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type ScenarioInviteUserMutation = { inviteUser: { inviteUrl: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type ScenarioAcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type ScenarioAcceptInvitationMutation = { acceptInvitation: { user: { id: string, email: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type ScenarioApplyForProjectMutationVariables = Exact<{
  input: ApplyForProjectInput;
}>;


export type ScenarioApplyForProjectMutation = { applyForProject: { project: { id: string, name: string, stage: ProjectStage } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type ScenarioTransitionProjectMutationVariables = Exact<{
  input: TransitionProjectInput;
}>;


export type ScenarioTransitionProjectMutation = { transitionProject: { project: { id: string, stage: ProjectStage } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type ScenarioCheckAdaptationItemMutationVariables = Exact<{
  input: SetAdaptationChecklistItemInput;
}>;


export type ScenarioCheckAdaptationItemMutation = { setAdaptationChecklistItem: { project: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type ScenarioCreateClusterMutationVariables = Exact<{
  input: CreateClusterInput;
}>;


export type ScenarioCreateClusterMutation = { createCluster: { cluster: { id: string, name: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type ScenarioAddNodesMutationVariables = Exact<{
  input: AddNodesInput;
}>;


export type ScenarioAddNodesMutation = { addNodes: { cluster: { id: string, nodes: Array<{ id: string, name: string, cardType: string, cards: Array<{ id: string }> }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type ScenarioCentreQueryVariables = Exact<{ [key: string]: never; }>;


export type ScenarioCentreQuery = { organisations: { edges: Array<{ node: { id: string } }> } };

export type TermSheetNamesQueryVariables = Exact<{
  id: string | number;
}>;


export type TermSheetNamesQuery = { termSheet: { id: string, projectName: string | null, organisationName: string | null, proposers: Array<{ versionNo: number, name: string | null }>, acceptances: Array<{ side: TermSheetSide, userName: string | null }> } | null };

export type WorkingCalendarOfYearQueryVariables = Exact<{
  year: number;
}>;


export type WorkingCalendarOfYearQuery = { workingCalendar: { year: number, workingDayCount: number, days: Array<{ day: string, kind: CalendarDayKind, name: string, source: CalendarDaySource, updatedAt: string }>, businessHours: { dayStartMinute: number, dayEndMinute: number, timeZone: string } } };

export type SetCalendarDayForTestMutationVariables = Exact<{
  input: SetCalendarDayInput;
}>;


export type SetCalendarDayForTestMutation = { setCalendarDay: { calendarDay: { day: string, kind: CalendarDayKind, name: string, source: CalendarDaySource } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type RemoveCalendarDayForTestMutationVariables = Exact<{
  input: RemoveCalendarDayInput;
}>;


export type RemoveCalendarDayForTestMutation = { removeCalendarDay: { removedDay: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type SetBusinessHoursForTestMutationVariables = Exact<{
  input: SetBusinessHoursInput;
}>;


export type SetBusinessHoursForTestMutation = { setBusinessHours: { businessHours: { dayStartMinute: number, dayEndMinute: number, timeZone: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type CalendarAuditEventsQueryVariables = Exact<{
  action?: string | null | undefined;
}>;


export type CalendarAuditEventsQuery = { auditEvents: { edges: Array<{ node: { action: string, targetId: string | null, detailsJson: string } }> } };

export const AllocationRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllocationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cards"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"requestedPriority"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedStartAt"}},{"kind":"Field","name":{"kind":"Name","value":"preemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"cardHours"}},{"kind":"Field","name":{"kind":"Name","value":"waitReason"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"StringValue","value":"en","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AllocationRequestFieldsFragment, unknown>;
export const InvoiceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"periodMonth"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"freeFen"}},{"kind":"Field","name":{"kind":"Name","value":"voucherFen"}},{"kind":"Field","name":{"kind":"Name","value":"equityFen"}},{"kind":"Field","name":{"kind":"Name","value":"cashFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"creditedFen"}},{"kind":"Field","name":{"kind":"Name","value":"balanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"cardSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"freeFen"}},{"kind":"Field","name":{"kind":"Name","value":"voucherFen"}},{"kind":"Field","name":{"kind":"Name","value":"equityFen"}},{"kind":"Field","name":{"kind":"Name","value":"cashFen"}},{"kind":"Field","name":{"kind":"Name","value":"adaptation"}}]}}]}}]} as unknown as DocumentNode<InvoiceFieldsFragment, unknown>;
export const CapTableFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapTableFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"totalIssuedShares"}},{"kind":"Field","name":{"kind":"Name","value":"totalBoughtBackShares"}},{"kind":"Field","name":{"kind":"Name","value":"totalOutstandingShares"}},{"kind":"Field","name":{"kind":"Name","value":"totalFullyDilutedShares"}},{"kind":"Field","name":{"kind":"Name","value":"shareClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classType"}},{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"sharesAuthorised"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingShares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stakeholders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"fullyDilutedShares"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"fullyDilutedBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"byClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareClassId"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholderId"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholderName"}},{"kind":"Field","name":{"kind":"Name","value":"shareClassId"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"creditLineId"}},{"kind":"Field","name":{"kind":"Name","value":"trancheNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuanceId"}},{"kind":"Field","name":{"kind":"Name","value":"considerationText"}},{"kind":"Field","name":{"kind":"Name","value":"recordedById"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termSheetId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"creditFen"}},{"kind":"Field","name":{"kind":"Name","value":"drawnFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}},{"kind":"Field","name":{"kind":"Name","value":"sharesIssued"}},{"kind":"Field","name":{"kind":"Name","value":"sharesBoughtBack"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"shareClassId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"buyBackUntil"}},{"kind":"Field","name":{"kind":"Name","value":"buyBackPremiumBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"buyBackOpen"}}]}}]}}]} as unknown as DocumentNode<CapTableFieldsFragment, unknown>;
export const TicketFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"linkedKind"}},{"kind":"Field","name":{"kind":"Name","value":"linkedId"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionComment"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"linkedArticles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articleId"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"usedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priorityBefore"}},{"kind":"Field","name":{"kind":"Name","value":"priorityAfter"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}}]}}]}}]} as unknown as DocumentNode<TicketFieldsFragment, unknown>;
export const TermSheetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermSheetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TermSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBySide"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBySide"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBySide"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditFen"}},{"kind":"Field","name":{"kind":"Name","value":"preMoneyValuationFen"}},{"kind":"Field","name":{"kind":"Name","value":"preMoneyFullyDilutedShares"}},{"kind":"Field","name":{"kind":"Name","value":"shareClass"}},{"kind":"Field","name":{"kind":"Name","value":"creditExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"tranches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyBack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"premiumBasisPoints"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"derived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postMoneyValuationFen"}},{"kind":"Field","name":{"kind":"Name","value":"centrePercentBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"centreShares"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerShareMicroYuan"}},{"kind":"Field","name":{"kind":"Name","value":"trancheShares"}},{"kind":"Field","name":{"kind":"Name","value":"trancheCreditFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}}]}}]} as unknown as DocumentNode<TermSheetFieldsFragment, unknown>;
export const KbArticleResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KbArticleResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KbArticlePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deflectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasUnpublishedChanges"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<KbArticleResultFragment, unknown>;
export const MatchResourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"availableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"technologies"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacityUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabelZh"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabelEn"}}]}}]}}]} as unknown as DocumentNode<MatchResourceFieldsFragment, unknown>;
export const IntroductionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntroductionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Introduction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"explanationZh"}},{"kind":"Field","name":{"kind":"Name","value":"explanationEn"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"startupAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"startupAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"resourceAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"resourceAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNotes"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mySides"}},{"kind":"Field","name":{"kind":"Name","value":"mayRecord"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"textZh"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}}]}}]} as unknown as DocumentNode<IntroductionFieldsFragment, unknown>;
export const MatchNeedFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchNeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"projectStage"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"competitorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"postedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"technologies"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}}]}}]}}]} as unknown as DocumentNode<MatchNeedFieldsFragment, unknown>;
export const MilestoneFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<MilestoneFieldsFragment, unknown>;
export const PortfolioFiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startups"}},{"kind":"Field","name":{"kind":"Name","value":"sharesHeld"}},{"kind":"Field","name":{"kind":"Name","value":"committedFen"}},{"kind":"Field","name":{"kind":"Name","value":"releasedFen"}},{"kind":"Field","name":{"kind":"Name","value":"drawnFen"}},{"kind":"Field","name":{"kind":"Name","value":"remainingFen"}},{"kind":"Field","name":{"kind":"Name","value":"impliedValueFen"}}]}}]} as unknown as DocumentNode<PortfolioFiguresFieldsFragment, unknown>;
export const LifecycleProjectFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"lastTransitionReason"}},{"kind":"Field","name":{"kind":"Name","value":"availableTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"cardCountEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adaptation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourcePlatform"}},{"kind":"Field","name":{"kind":"Name","value":"targetPlatform"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedItems"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"chargeFen"}}]}}]}}]} as unknown as DocumentNode<LifecycleProjectFieldsFragment, unknown>;
export const SignInCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SignInCodesMutation, SignInCodesMutationVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"detailsJson"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const CreateAllocationRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAllocationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAllocationRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAllocationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationRequestFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllocationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cards"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"requestedPriority"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedStartAt"}},{"kind":"Field","name":{"kind":"Name","value":"preemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"cardHours"}},{"kind":"Field","name":{"kind":"Name","value":"waitReason"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"StringValue","value":"en","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CreateAllocationRequestMutation, CreateAllocationRequestMutationVariables>;
export const CancelAllocationRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAllocationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAllocationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CancelAllocationRequestMutation, CancelAllocationRequestMutationVariables>;
export const FinishAllocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishAllocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishAllocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<FinishAllocationMutation, FinishAllocationMutationVariables>;
export const GetAllocationRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetAllocationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllocationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cards"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"requestedPriority"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedStartAt"}},{"kind":"Field","name":{"kind":"Name","value":"preemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"cardHours"}},{"kind":"Field","name":{"kind":"Name","value":"waitReason"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"StringValue","value":"en","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<GetAllocationRequestQuery, GetAllocationRequestQueryVariables>;
export const AllocationWaitReasonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllocationWaitReason"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AllocationWaitReasonQuery, AllocationWaitReasonQueryVariables>;
export const ApproveUrgentRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveUrgentRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveUrgentRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationRequestFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllocationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cards"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"requestedPriority"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedStartAt"}},{"kind":"Field","name":{"kind":"Name","value":"preemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"cardHours"}},{"kind":"Field","name":{"kind":"Name","value":"waitReason"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"StringValue","value":"en","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ApproveUrgentRequestMutation, ApproveUrgentRequestMutationVariables>;
export const DeclineUrgentRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineUrgentRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineUrgentRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationRequestFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllocationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cards"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"requestedPriority"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedStartAt"}},{"kind":"Field","name":{"kind":"Name","value":"preemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"cardHours"}},{"kind":"Field","name":{"kind":"Name","value":"waitReason"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"StringValue","value":"en","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DeclineUrgentRequestMutation, DeclineUrgentRequestMutationVariables>;
export const UrgentRequestsAwaitingApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UrgentRequestsAwaitingApproval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urgentRequestsAwaitingApproval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedPriority"}}]}}]}}]} as unknown as DocumentNode<UrgentRequestsAwaitingApprovalQuery, UrgentRequestsAwaitingApprovalQueryVariables>;
export const SetOrganisationSchedulingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrganisationScheduling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOrganisationSchedulingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrganisationScheduling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationScheduling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"quotaCards"}},{"kind":"Field","name":{"kind":"Name","value":"urgentCardHoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"urgentCardHoursUsed"}},{"kind":"Field","name":{"kind":"Name","value":"maxOpenRequests"}},{"kind":"Field","name":{"kind":"Name","value":"openRequestLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SetOrganisationSchedulingMutation, SetOrganisationSchedulingMutationVariables>;
export const OrganisationSchedulingRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationSchedulingRows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationScheduling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centreCards"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"quotaCards"}},{"kind":"Field","name":{"kind":"Name","value":"urgentCardHoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationSchedulingRowsQuery, OrganisationSchedulingRowsQueryVariables>;
export const UrgentBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UrgentBudget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urgentBudget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardHoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"usedCardHours"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCardHours"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}}]}}]} as unknown as DocumentNode<UrgentBudgetQuery, UrgentBudgetQueryVariables>;
export const ClusterCardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClusterCardsQuery, ClusterCardsQueryVariables>;
export const OpenRequestCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenRequestCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"QUEUED"},{"kind":"EnumValue","value":"RUNNING"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<OpenRequestCountQuery, OpenRequestCountQueryVariables>;
export const RequestCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<RequestCountQuery, RequestCountQueryVariables>;
export const MyOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MyOrganisationQuery, MyOrganisationQueryVariables>;
export const CreateAllocationRequestCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAllocationRequestCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAllocationRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAllocationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAllocationRequestCodesMutation, CreateAllocationRequestCodesMutationVariables>;
export const AllocationRequestTimesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllocationRequestTimes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]} as unknown as DocumentNode<AllocationRequestTimesQuery, AllocationRequestTimesQueryVariables>;
export const CancelAllocationRequestCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAllocationRequestCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAllocationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CancelAllocationRequestCodesMutation, CancelAllocationRequestCodesMutationVariables>;
export const CreateAllocationRequestWithOwnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAllocationRequestWithOwner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAllocationRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAllocationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationRequestFields"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllocationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cards"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"requestedPriority"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedStartAt"}},{"kind":"Field","name":{"kind":"Name","value":"preemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"cardHours"}},{"kind":"Field","name":{"kind":"Name","value":"waitReason"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"StringValue","value":"en","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CreateAllocationRequestWithOwnerMutation, CreateAllocationRequestWithOwnerMutationVariables>;
export const CancelAllocationRequestWithFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAllocationRequestWithFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAllocationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationRequestFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllocationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cards"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"requestedPriority"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedStartAt"}},{"kind":"Field","name":{"kind":"Name","value":"preemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"cardHours"}},{"kind":"Field","name":{"kind":"Name","value":"waitReason"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"StringValue","value":"en","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CancelAllocationRequestWithFieldsMutation, CancelAllocationRequestWithFieldsMutationVariables>;
export const AllocationQueueOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllocationQueueOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cardType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cluster"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cardType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardType"}}},{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cluster"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AllocationQueueOfQuery, AllocationQueueOfQueryVariables>;
export const SetWeightAndQuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWeightAndQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrganisationScheduling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"weight"},"value":{"kind":"IntValue","value":"2"}},{"kind":"ObjectField","name":{"kind":"Name","value":"quotaCards"},"value":{"kind":"IntValue","value":"4"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationScheduling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"quotaCards"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SetWeightAndQuotaMutation, SetWeightAndQuotaMutationVariables>;
export const FortnightUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FortnightUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"14"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCardHours"}},{"kind":"Field","name":{"kind":"Name","value":"daily"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"cardHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byProject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}}]}}]}}]}}]} as unknown as DocumentNode<FortnightUsageQuery, FortnightUsageQueryVariables>;
export const OrganisationSchedulingCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationSchedulingCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationScheduling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<OrganisationSchedulingCountQuery, OrganisationSchedulingCountQueryVariables>;
export const CreateTelemetryTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTelemetryToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"telemetry","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"scopes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"telemetry","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<CreateTelemetryTokenMutation, CreateTelemetryTokenMutationVariables>;
export const DemoQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cardType"},"value":{"kind":"StringValue","value":"Ascend 910B","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"cards"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitReason"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"StringValue","value":"en","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}}]}}]}}]} as unknown as DocumentNode<DemoQueueQuery, DemoQueueQueryVariables>;
export const InvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodMonth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"periodMonth"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"freeFen"}},{"kind":"Field","name":{"kind":"Name","value":"voucherFen"}},{"kind":"Field","name":{"kind":"Name","value":"equityFen"}},{"kind":"Field","name":{"kind":"Name","value":"cashFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"creditedFen"}},{"kind":"Field","name":{"kind":"Name","value":"balanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"cardSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"freeFen"}},{"kind":"Field","name":{"kind":"Name","value":"voucherFen"}},{"kind":"Field","name":{"kind":"Name","value":"equityFen"}},{"kind":"Field","name":{"kind":"Name","value":"cashFen"}},{"kind":"Field","name":{"kind":"Name","value":"adaptation"}}]}}]}}]} as unknown as DocumentNode<InvoicesQuery, InvoicesQueryVariables>;
export const InvoiceByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceFields"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"bankReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"periodMonth"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"freeFen"}},{"kind":"Field","name":{"kind":"Name","value":"voucherFen"}},{"kind":"Field","name":{"kind":"Name","value":"equityFen"}},{"kind":"Field","name":{"kind":"Name","value":"cashFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"creditedFen"}},{"kind":"Field","name":{"kind":"Name","value":"balanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"cardSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"freeFen"}},{"kind":"Field","name":{"kind":"Name","value":"voucherFen"}},{"kind":"Field","name":{"kind":"Name","value":"equityFen"}},{"kind":"Field","name":{"kind":"Name","value":"cashFen"}},{"kind":"Field","name":{"kind":"Name","value":"adaptation"}}]}}]}}]} as unknown as DocumentNode<InvoiceByIdQuery, InvoiceByIdQueryVariables>;
export const RunBillingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunBilling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunBillingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runBilling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodMonth"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invoicesCreated"}},{"kind":"Field","name":{"kind":"Name","value":"organisationsSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RunBillingMutation, RunBillingMutationVariables>;
export const IssueInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"periodMonth"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"freeFen"}},{"kind":"Field","name":{"kind":"Name","value":"voucherFen"}},{"kind":"Field","name":{"kind":"Name","value":"equityFen"}},{"kind":"Field","name":{"kind":"Name","value":"cashFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"creditedFen"}},{"kind":"Field","name":{"kind":"Name","value":"balanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"cardSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"freeFen"}},{"kind":"Field","name":{"kind":"Name","value":"voucherFen"}},{"kind":"Field","name":{"kind":"Name","value":"equityFen"}},{"kind":"Field","name":{"kind":"Name","value":"cashFen"}},{"kind":"Field","name":{"kind":"Name","value":"adaptation"}}]}}]}}]} as unknown as DocumentNode<IssueInvoiceMutation, IssueInvoiceMutationVariables>;
export const RecordPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"balanceFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const CreateCreditNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCreditNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCreditNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCreditNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"creditedFen"}},{"kind":"Field","name":{"kind":"Name","value":"balanceFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"cashFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCreditNoteMutation, CreateCreditNoteMutationVariables>;
export const SetCardPriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCardPrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCardPriceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCardPrice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetCardPriceMutation, SetCardPriceMutationVariables>;
export const PriceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PriceList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"marketPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"discountBasisPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"next"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PriceListQuery, PriceListQueryVariables>;
export const LedgerHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"healthy"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"unbalancedTransactions"}},{"kind":"Field","name":{"kind":"Name","value":"receivableMismatches"}},{"kind":"Field","name":{"kind":"Name","value":"voucherMismatches"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outstandingFen"}},{"kind":"Field","name":{"kind":"Name","value":"overdueFen"}},{"kind":"Field","name":{"kind":"Name","value":"openCount"}}]}}]}}]} as unknown as DocumentNode<LedgerHealthQuery, LedgerHealthQueryVariables>;
export const VoucherProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VoucherProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucherProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"coverageBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"perOrganisationCapFen"}},{"kind":"Field","name":{"kind":"Name","value":"minimumClaimFen"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committedFen"}},{"kind":"Field","name":{"kind":"Name","value":"redeemedFen"}},{"kind":"Field","name":{"kind":"Name","value":"remainingFen"}}]}}]}}]}}]} as unknown as DocumentNode<VoucherProgrammesQuery, VoucherProgrammesQueryVariables>;
export const CreateVoucherProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVoucherProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVoucherProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVoucherProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateVoucherProgrammeMutation, CreateVoucherProgrammeMutationVariables>;
export const ApplyForVoucherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForVoucher"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForVoucherInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForVoucher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyForVoucherMutation, ApplyForVoucherMutationVariables>;
export const ApproveVoucherApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveVoucherApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveVoucherApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveVoucherApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voucher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"balanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"faceValueFen"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveVoucherApplicationMutation, ApproveVoucherApplicationMutationVariables>;
export const MyVouchersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyVouchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vouchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"balanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"faceValueFen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"redemptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]} as unknown as DocumentNode<MyVouchersQuery, MyVouchersQueryVariables>;
export const VoucherSettlementQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VoucherSettlementQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucherSettlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"voucherCode"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]} as unknown as DocumentNode<VoucherSettlementQueryQuery, VoucherSettlementQueryQueryVariables>;
export const MarkRelatedPartyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkRelatedParty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkRelatedPartyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markRelatedParty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relatedParty"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MarkRelatedPartyMutation, MarkRelatedPartyMutationVariables>;
export const CostQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cardType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cards"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"durationSeconds"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adaptation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cardType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardType"}}},{"kind":"Argument","name":{"kind":"Name","value":"cards"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cards"}}},{"kind":"Argument","name":{"kind":"Name","value":"durationSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"durationSeconds"}}},{"kind":"Argument","name":{"kind":"Name","value":"adaptation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adaptation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priced"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerCardHourFen"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"freeFen"}},{"kind":"Field","name":{"kind":"Name","value":"voucherFen"}},{"kind":"Field","name":{"kind":"Name","value":"cashFen"}}]}}]}}]} as unknown as DocumentNode<CostQuoteQuery, CostQuoteQueryVariables>;
export const BillingSettingsOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingSettingsOp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentTermsDays"}},{"kind":"Field","name":{"kind":"Name","value":"payerOrder"}}]}}]}}]} as unknown as DocumentNode<BillingSettingsOpQuery, BillingSettingsOpQueryVariables>;
export const UpdateBillingSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBillingSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBillingSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBillingSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentTermsDays"}},{"kind":"Field","name":{"kind":"Name","value":"payerOrder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateBillingSettingsMutation, UpdateBillingSettingsMutationVariables>;
export const CapTableOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CapTableOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capTable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapTableFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapTableFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"totalIssuedShares"}},{"kind":"Field","name":{"kind":"Name","value":"totalBoughtBackShares"}},{"kind":"Field","name":{"kind":"Name","value":"totalOutstandingShares"}},{"kind":"Field","name":{"kind":"Name","value":"totalFullyDilutedShares"}},{"kind":"Field","name":{"kind":"Name","value":"shareClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classType"}},{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"sharesAuthorised"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingShares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stakeholders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"fullyDilutedShares"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"fullyDilutedBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"byClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareClassId"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholderId"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholderName"}},{"kind":"Field","name":{"kind":"Name","value":"shareClassId"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"creditLineId"}},{"kind":"Field","name":{"kind":"Name","value":"trancheNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuanceId"}},{"kind":"Field","name":{"kind":"Name","value":"considerationText"}},{"kind":"Field","name":{"kind":"Name","value":"recordedById"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termSheetId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"creditFen"}},{"kind":"Field","name":{"kind":"Name","value":"drawnFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}},{"kind":"Field","name":{"kind":"Name","value":"sharesIssued"}},{"kind":"Field","name":{"kind":"Name","value":"sharesBoughtBack"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"shareClassId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"buyBackUntil"}},{"kind":"Field","name":{"kind":"Name","value":"buyBackPremiumBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"buyBackOpen"}}]}}]}}]} as unknown as DocumentNode<CapTableOfQuery, CapTableOfQueryVariables>;
export const CapTableListingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CapTableListings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capTables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholderCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalOutstandingShares"}},{"kind":"Field","name":{"kind":"Name","value":"centreShares"}},{"kind":"Field","name":{"kind":"Name","value":"creditLineCount"}}]}}]}}]} as unknown as DocumentNode<CapTableListingsQuery, CapTableListingsQueryVariables>;
export const AddStakeholderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddStakeholder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddStakeholderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addStakeholder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capTable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapTableFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"totalIssuedShares"}},{"kind":"Field","name":{"kind":"Name","value":"totalBoughtBackShares"}},{"kind":"Field","name":{"kind":"Name","value":"totalOutstandingShares"}},{"kind":"Field","name":{"kind":"Name","value":"totalFullyDilutedShares"}},{"kind":"Field","name":{"kind":"Name","value":"shareClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classType"}},{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"sharesAuthorised"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingShares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stakeholders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"fullyDilutedShares"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"fullyDilutedBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"byClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareClassId"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholderId"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholderName"}},{"kind":"Field","name":{"kind":"Name","value":"shareClassId"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"creditLineId"}},{"kind":"Field","name":{"kind":"Name","value":"trancheNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuanceId"}},{"kind":"Field","name":{"kind":"Name","value":"considerationText"}},{"kind":"Field","name":{"kind":"Name","value":"recordedById"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termSheetId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"creditFen"}},{"kind":"Field","name":{"kind":"Name","value":"drawnFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}},{"kind":"Field","name":{"kind":"Name","value":"sharesIssued"}},{"kind":"Field","name":{"kind":"Name","value":"sharesBoughtBack"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"shareClassId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"buyBackUntil"}},{"kind":"Field","name":{"kind":"Name","value":"buyBackPremiumBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"buyBackOpen"}}]}}]}}]} as unknown as DocumentNode<AddStakeholderMutation, AddStakeholderMutationVariables>;
export const AddShareClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddShareClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddShareClassInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addShareClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capTable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapTableFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"totalIssuedShares"}},{"kind":"Field","name":{"kind":"Name","value":"totalBoughtBackShares"}},{"kind":"Field","name":{"kind":"Name","value":"totalOutstandingShares"}},{"kind":"Field","name":{"kind":"Name","value":"totalFullyDilutedShares"}},{"kind":"Field","name":{"kind":"Name","value":"shareClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classType"}},{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"sharesAuthorised"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingShares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stakeholders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"fullyDilutedShares"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"fullyDilutedBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"byClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareClassId"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholderId"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholderName"}},{"kind":"Field","name":{"kind":"Name","value":"shareClassId"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"creditLineId"}},{"kind":"Field","name":{"kind":"Name","value":"trancheNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuanceId"}},{"kind":"Field","name":{"kind":"Name","value":"considerationText"}},{"kind":"Field","name":{"kind":"Name","value":"recordedById"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termSheetId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"creditFen"}},{"kind":"Field","name":{"kind":"Name","value":"drawnFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}},{"kind":"Field","name":{"kind":"Name","value":"sharesIssued"}},{"kind":"Field","name":{"kind":"Name","value":"sharesBoughtBack"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"shareClassId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"buyBackUntil"}},{"kind":"Field","name":{"kind":"Name","value":"buyBackPremiumBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"buyBackOpen"}}]}}]}}]} as unknown as DocumentNode<AddShareClassMutation, AddShareClassMutationVariables>;
export const RecordIssuanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIssuance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordIssuanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIssuance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capTable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapTableFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"totalIssuedShares"}},{"kind":"Field","name":{"kind":"Name","value":"totalBoughtBackShares"}},{"kind":"Field","name":{"kind":"Name","value":"totalOutstandingShares"}},{"kind":"Field","name":{"kind":"Name","value":"totalFullyDilutedShares"}},{"kind":"Field","name":{"kind":"Name","value":"shareClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classType"}},{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"sharesAuthorised"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingShares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stakeholders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"fullyDilutedShares"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"fullyDilutedBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"byClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareClassId"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholderId"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholderName"}},{"kind":"Field","name":{"kind":"Name","value":"shareClassId"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"creditLineId"}},{"kind":"Field","name":{"kind":"Name","value":"trancheNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuanceId"}},{"kind":"Field","name":{"kind":"Name","value":"considerationText"}},{"kind":"Field","name":{"kind":"Name","value":"recordedById"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termSheetId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"creditFen"}},{"kind":"Field","name":{"kind":"Name","value":"drawnFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}},{"kind":"Field","name":{"kind":"Name","value":"sharesIssued"}},{"kind":"Field","name":{"kind":"Name","value":"sharesBoughtBack"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"shareClassId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"buyBackUntil"}},{"kind":"Field","name":{"kind":"Name","value":"buyBackPremiumBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"buyBackOpen"}}]}}]}}]} as unknown as DocumentNode<RecordIssuanceMutation, RecordIssuanceMutationVariables>;
export const RecordBuyBackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordBuyBack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordBuyBackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordBuyBack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capTable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapTableFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"totalIssuedShares"}},{"kind":"Field","name":{"kind":"Name","value":"totalBoughtBackShares"}},{"kind":"Field","name":{"kind":"Name","value":"totalOutstandingShares"}},{"kind":"Field","name":{"kind":"Name","value":"totalFullyDilutedShares"}},{"kind":"Field","name":{"kind":"Name","value":"shareClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classType"}},{"kind":"Field","name":{"kind":"Name","value":"seniority"}},{"kind":"Field","name":{"kind":"Name","value":"sharesAuthorised"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingShares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stakeholders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"fullyDilutedShares"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"fullyDilutedBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"byClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareClassId"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholderId"}},{"kind":"Field","name":{"kind":"Name","value":"stakeholderName"}},{"kind":"Field","name":{"kind":"Name","value":"shareClassId"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"creditLineId"}},{"kind":"Field","name":{"kind":"Name","value":"trancheNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuanceId"}},{"kind":"Field","name":{"kind":"Name","value":"considerationText"}},{"kind":"Field","name":{"kind":"Name","value":"recordedById"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termSheetId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"creditFen"}},{"kind":"Field","name":{"kind":"Name","value":"drawnFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}},{"kind":"Field","name":{"kind":"Name","value":"sharesIssued"}},{"kind":"Field","name":{"kind":"Name","value":"sharesBoughtBack"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"shareClassId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"buyBackUntil"}},{"kind":"Field","name":{"kind":"Name","value":"buyBackPremiumBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"buyBackOpen"}}]}}]}}]} as unknown as DocumentNode<RecordBuyBackMutation, RecordBuyBackMutationVariables>;
export const CreateClusterWithDescriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateClusterWithDescription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClusterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateClusterWithDescriptionMutation, CreateClusterWithDescriptionMutationVariables>;
export const AddNodesCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddNodesCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddNodesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AddNodesCodesMutation, AddNodesCodesMutationVariables>;
export const RetireNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nodeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"drained"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RetireNodeMutation, RetireNodeMutationVariables>;
export const DrainNodeForDecommissioningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrainNodeForDecommissioning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drainNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nodeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"decommissioning (e2e)","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drained"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DrainNodeForDecommissioningMutation, DrainNodeForDecommissioningMutationVariables>;
export const RestoreNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nodeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drained"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreNodeMutation, RestoreNodeMutationVariables>;
export const ClusterGridDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardTypes"}},{"kind":"Field","name":{"kind":"Name","value":"utilisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCards"}},{"kind":"Field","name":{"kind":"Name","value":"healthyCards"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"drained"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClusterGridQuery, ClusterGridQueryVariables>;
export const ClusterIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ClusterIdsQuery, ClusterIdsQueryVariables>;
export const ClusterCardHoldersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterCardHolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClusterCardHoldersQuery, ClusterCardHoldersQueryVariables>;
export const MyClusterCardHoldersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyClusterCardHolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationId"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyClusterCardHoldersQuery, MyClusterCardHoldersQueryVariables>;
export const DrainNodeForRepairDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrainNodeForRepair"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drainNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nodeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"fan replacement","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drained"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DrainNodeForRepairMutation, DrainNodeForRepairMutationVariables>;
export const ReportCardFailedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportCardFailed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportCardHealth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"health"},"value":{"kind":"EnumValue","value":"FAILED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReportCardFailedMutation, ReportCardFailedMutationVariables>;
export const ReportCardHealthyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportCardHealthy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportCardHealth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"health"},"value":{"kind":"EnumValue","value":"HEALTHY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReportCardHealthyMutation, ReportCardHealthyMutationVariables>;
export const CreateClusterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCluster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClusterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateClusterMutation, CreateClusterMutationVariables>;
export const RenameClusterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameCluster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameClusterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameCluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RenameClusterMutation, RenameClusterMutationVariables>;
export const DeleteClusterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCluster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteClusterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedClusterId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteClusterMutation, DeleteClusterMutationVariables>;
export const MyIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MyIdQuery, MyIdQueryVariables>;
export const TicketByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"linkedKind"}},{"kind":"Field","name":{"kind":"Name","value":"linkedId"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionComment"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"linkedArticles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articleId"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"usedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priorityBefore"}},{"kind":"Field","name":{"kind":"Name","value":"priorityAfter"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}}]}}]}}]} as unknown as DocumentNode<TicketByIdQuery, TicketByIdQueryVariables>;
export const TicketQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"breached"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mine"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"breached"},"value":{"kind":"Variable","name":{"kind":"Name","value":"breached"}}},{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mine"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"slaTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketQueueQuery, TicketQueueQueryVariables>;
export const OpenTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"linkedKind"}},{"kind":"Field","name":{"kind":"Name","value":"linkedId"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionComment"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"linkedArticles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articleId"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"usedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priorityBefore"}},{"kind":"Field","name":{"kind":"Name","value":"priorityAfter"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}}]}}]}}]} as unknown as DocumentNode<OpenTicketMutation, OpenTicketMutationVariables>;
export const ReplyToTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyToTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostTicketMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ReplyToTicketMutation, ReplyToTicketMutationVariables>;
export const AddTicketNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTicketNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostTicketMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTicketNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AddTicketNoteMutation, AddTicketNoteMutationVariables>;
export const ChangeTicketStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeTicketStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeTicketStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeTicketStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeTicketStatusMutation, ChangeTicketStatusMutationVariables>;
export const RateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionComment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RateTicketMutation, RateTicketMutationVariables>;
export const AssignTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignTicketsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AssignTicketsMutation, AssignTicketsMutationVariables>;
export const AttachToTicketMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachToTicketMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachToTicketMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachToTicketMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AttachToTicketMessageMutation, AttachToTicketMessageMutationVariables>;
export const SetConsultantGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetConsultantGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetConsultantGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setConsultantGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"leadUserId"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetConsultantGroupMutation, SetConsultantGroupMutationVariables>;
export const SetSlaPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSlaPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSlaPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSlaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetSlaPolicyMutation, SetSlaPolicyMutationVariables>;
export const SlaPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutes"}}]}}]}}]} as unknown as DocumentNode<SlaPoliciesQuery, SlaPoliciesQueryVariables>;
export const SatisfactionReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SatisfactionReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"satisfactionReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromMonth"}},{"kind":"Field","name":{"kind":"Name","value":"toMonth"}},{"kind":"Field","name":{"kind":"Name","value":"byConsultant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultantId"}},{"kind":"Field","name":{"kind":"Name","value":"consultantName"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"}},{"kind":"Field","name":{"kind":"Name","value":"averageScoreHundredths"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"lowScores"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"}},{"kind":"Field","name":{"kind":"Name","value":"averageScoreHundredths"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"lowScores"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"}},{"kind":"Field","name":{"kind":"Name","value":"averageScoreHundredths"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"lowScores"}}]}}]}}]}}]} as unknown as DocumentNode<SatisfactionReportQuery, SatisfactionReportQueryVariables>;
export const TicketAttachmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketAttachments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]}}]}}]} as unknown as DocumentNode<TicketAttachmentsQuery, TicketAttachmentsQueryVariables>;
export const TermSheetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TermSheets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termSheets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermSheetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermSheetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TermSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBySide"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBySide"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBySide"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditFen"}},{"kind":"Field","name":{"kind":"Name","value":"preMoneyValuationFen"}},{"kind":"Field","name":{"kind":"Name","value":"preMoneyFullyDilutedShares"}},{"kind":"Field","name":{"kind":"Name","value":"shareClass"}},{"kind":"Field","name":{"kind":"Name","value":"creditExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"tranches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyBack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"premiumBasisPoints"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"derived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postMoneyValuationFen"}},{"kind":"Field","name":{"kind":"Name","value":"centrePercentBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"centreShares"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerShareMicroYuan"}},{"kind":"Field","name":{"kind":"Name","value":"trancheShares"}},{"kind":"Field","name":{"kind":"Name","value":"trancheCreditFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}}]}}]} as unknown as DocumentNode<TermSheetsQuery, TermSheetsQueryVariables>;
export const TermSheetByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TermSheetById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermSheetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermSheetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TermSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBySide"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBySide"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBySide"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditFen"}},{"kind":"Field","name":{"kind":"Name","value":"preMoneyValuationFen"}},{"kind":"Field","name":{"kind":"Name","value":"preMoneyFullyDilutedShares"}},{"kind":"Field","name":{"kind":"Name","value":"shareClass"}},{"kind":"Field","name":{"kind":"Name","value":"creditExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"tranches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyBack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"premiumBasisPoints"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"derived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postMoneyValuationFen"}},{"kind":"Field","name":{"kind":"Name","value":"centrePercentBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"centreShares"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerShareMicroYuan"}},{"kind":"Field","name":{"kind":"Name","value":"trancheShares"}},{"kind":"Field","name":{"kind":"Name","value":"trancheCreditFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}}]}}]} as unknown as DocumentNode<TermSheetByIdQuery, TermSheetByIdQueryVariables>;
export const TermSheetDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TermSheetDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termSheetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromVersionNo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toVersionNo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termSheetDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"termSheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termSheetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromVersionNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromVersionNo"}}},{"kind":"Argument","name":{"kind":"Name","value":"toVersionNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toVersionNo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<TermSheetDiffQuery, TermSheetDiffQueryVariables>;
export const ProposeTermSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeTermSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeTermSheetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeTermSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termSheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermSheetFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermSheetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TermSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBySide"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBySide"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBySide"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditFen"}},{"kind":"Field","name":{"kind":"Name","value":"preMoneyValuationFen"}},{"kind":"Field","name":{"kind":"Name","value":"preMoneyFullyDilutedShares"}},{"kind":"Field","name":{"kind":"Name","value":"shareClass"}},{"kind":"Field","name":{"kind":"Name","value":"creditExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"tranches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyBack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"premiumBasisPoints"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"derived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postMoneyValuationFen"}},{"kind":"Field","name":{"kind":"Name","value":"centrePercentBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"centreShares"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerShareMicroYuan"}},{"kind":"Field","name":{"kind":"Name","value":"trancheShares"}},{"kind":"Field","name":{"kind":"Name","value":"trancheCreditFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}}]}}]} as unknown as DocumentNode<ProposeTermSheetMutation, ProposeTermSheetMutationVariables>;
export const CounterOfferTermSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CounterOfferTermSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CounterOfferTermSheetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterOfferTermSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termSheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermSheetFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermSheetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TermSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBySide"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBySide"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBySide"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditFen"}},{"kind":"Field","name":{"kind":"Name","value":"preMoneyValuationFen"}},{"kind":"Field","name":{"kind":"Name","value":"preMoneyFullyDilutedShares"}},{"kind":"Field","name":{"kind":"Name","value":"shareClass"}},{"kind":"Field","name":{"kind":"Name","value":"creditExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"tranches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyBack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"premiumBasisPoints"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"derived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postMoneyValuationFen"}},{"kind":"Field","name":{"kind":"Name","value":"centrePercentBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"centreShares"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerShareMicroYuan"}},{"kind":"Field","name":{"kind":"Name","value":"trancheShares"}},{"kind":"Field","name":{"kind":"Name","value":"trancheCreditFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}}]}}]} as unknown as DocumentNode<CounterOfferTermSheetMutation, CounterOfferTermSheetMutationVariables>;
export const AcceptTermSheetVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptTermSheetVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptTermSheetVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptTermSheetVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termSheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermSheetFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermSheetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TermSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBySide"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBySide"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBySide"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditFen"}},{"kind":"Field","name":{"kind":"Name","value":"preMoneyValuationFen"}},{"kind":"Field","name":{"kind":"Name","value":"preMoneyFullyDilutedShares"}},{"kind":"Field","name":{"kind":"Name","value":"shareClass"}},{"kind":"Field","name":{"kind":"Name","value":"creditExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"tranches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyBack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"premiumBasisPoints"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"derived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postMoneyValuationFen"}},{"kind":"Field","name":{"kind":"Name","value":"centrePercentBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"centreShares"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerShareMicroYuan"}},{"kind":"Field","name":{"kind":"Name","value":"trancheShares"}},{"kind":"Field","name":{"kind":"Name","value":"trancheCreditFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}}]}}]} as unknown as DocumentNode<AcceptTermSheetVersionMutation, AcceptTermSheetVersionMutationVariables>;
export const WithdrawTermSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawTermSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawTermSheetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawTermSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termSheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermSheetFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermSheetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TermSheet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBySide"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBySide"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBySide"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditFen"}},{"kind":"Field","name":{"kind":"Name","value":"preMoneyValuationFen"}},{"kind":"Field","name":{"kind":"Name","value":"preMoneyFullyDilutedShares"}},{"kind":"Field","name":{"kind":"Name","value":"shareClass"}},{"kind":"Field","name":{"kind":"Name","value":"creditExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"tranches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyBack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"premiumBasisPoints"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"derived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postMoneyValuationFen"}},{"kind":"Field","name":{"kind":"Name","value":"centrePercentBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"centreShares"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerShareMicroYuan"}},{"kind":"Field","name":{"kind":"Name","value":"trancheShares"}},{"kind":"Field","name":{"kind":"Name","value":"trancheCreditFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}}]}}]} as unknown as DocumentNode<WithdrawTermSheetMutation, WithdrawTermSheetMutationVariables>;
export const EquityMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquityMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EquityMeQuery, EquityMeQueryVariables>;
export const TestCreateKbArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestCreateKbArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateKbArticleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createKbArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KbArticleResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KbArticleResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KbArticlePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deflectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasUnpublishedChanges"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<TestCreateKbArticleMutation, TestCreateKbArticleMutationVariables>;
export const TestUpdateKbArticleDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestUpdateKbArticleDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateKbArticleDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateKbArticleDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KbArticleResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KbArticleResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KbArticlePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deflectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasUnpublishedChanges"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<TestUpdateKbArticleDraftMutation, TestUpdateKbArticleDraftMutationVariables>;
export const TestPublishKbArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestPublishKbArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"articleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishKbArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"articleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"articleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KbArticleResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KbArticleResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KbArticlePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deflectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasUnpublishedChanges"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<TestPublishKbArticleMutation, TestPublishKbArticleMutationVariables>;
export const TestUnpublishKbArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestUnpublishKbArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"articleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpublishKbArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"articleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"articleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KbArticleResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KbArticleResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KbArticlePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deflectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasUnpublishedChanges"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<TestUnpublishKbArticleMutation, TestUnpublishKbArticleMutationVariables>;
export const TestMarkKbArticleHelpfulDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestMarkKbArticleHelpful"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"articleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markKbArticleHelpful"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"articleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"articleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deflectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"helpfulByMe"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TestMarkKbArticleHelpfulMutation, TestMarkKbArticleHelpfulMutationVariables>;
export const TestKbArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestKbArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kbArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}},{"kind":"Field","name":{"kind":"Name","value":"deflectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"linkedInReplies"}},{"kind":"Field","name":{"kind":"Name","value":"helpfulByMe"}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodyZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"bodyZh"}}]}}]}}]}}]} as unknown as DocumentNode<TestKbArticleQuery, TestKbArticleQueryVariables>;
export const TestKbArticlesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestKbArticles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kbArticles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"deflectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}},{"kind":"Field","name":{"kind":"Name","value":"linkedInReplies"}}]}}]}}]} as unknown as DocumentNode<TestKbArticlesQuery, TestKbArticlesQueryVariables>;
export const TestKbSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestKbSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KbLanguage"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kbSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articleId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<TestKbSearchQuery, TestKbSearchQueryVariables>;
export const CreateMatchResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMatchResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMatchResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMatchResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchResourceFields"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"availableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"technologies"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacityUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabelZh"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabelEn"}}]}}]}}]} as unknown as DocumentNode<CreateMatchResourceMutation, CreateMatchResourceMutationVariables>;
export const UpdateMatchResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMatchResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMatchResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMatchResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchResourceFields"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"availableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"technologies"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacityUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabelZh"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabelEn"}}]}}]}}]} as unknown as DocumentNode<UpdateMatchResourceMutation, UpdateMatchResourceMutationVariables>;
export const MatchResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatchResourcesQuery, MatchResourcesQueryVariables>;
export const MatchResourceByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchResourceById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchResourceFields"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"availableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"technologies"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacityUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabelZh"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabelEn"}}]}}]}}]} as unknown as DocumentNode<MatchResourceByIdQuery, MatchResourceByIdQueryVariables>;
export const PostMatchNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostMatchNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostMatchNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postMatchNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchNeedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchNeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"projectStage"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"competitorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"postedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"technologies"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}}]}}]}}]} as unknown as DocumentNode<PostMatchNeedMutation, PostMatchNeedMutationVariables>;
export const UpdateMatchNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMatchNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMatchNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMatchNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchNeedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchNeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"projectStage"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"competitorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"postedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"technologies"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}}]}}]}}]} as unknown as DocumentNode<UpdateMatchNeedMutation, UpdateMatchNeedMutationVariables>;
export const CloseMatchNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseMatchNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseMatchNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeMatchNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CloseMatchNeedMutation, CloseMatchNeedMutationVariables>;
export const MatchNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedState"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatchNeedsQuery, MatchNeedsQueryVariables>;
export const MatchNeedByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchNeedById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchNeedFields"}},{"kind":"Field","name":{"kind":"Name","value":"introductions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchNeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"projectStage"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"competitorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"postedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industries"}},{"kind":"Field","name":{"kind":"Name","value":"technologies"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}}]}}]}}]} as unknown as DocumentNode<MatchNeedByIdQuery, MatchNeedByIdQueryVariables>;
export const MatchNeedSeenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchNeedSeen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<MatchNeedSeenQuery, MatchNeedSeenQueryVariables>;
export const MatchNeedCompetitorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchNeedCompetitors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"competitorOrganisationIds"}}]}}]}}]} as unknown as DocumentNode<MatchNeedCompetitorsQuery, MatchNeedCompetitorsQueryVariables>;
export const SetOrganisationCompetitorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrganisationCompetitors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOrganisationCompetitorsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrganisationCompetitors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competitorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetOrganisationCompetitorsMutation, SetOrganisationCompetitorsMutationVariables>;
export const OrganisationCompetitorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationCompetitors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationCompetitors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<OrganisationCompetitorsQuery, OrganisationCompetitorsQueryVariables>;
export const MatchSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rankedPerNeed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rankedPerNeed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rankedPerNeed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"greedyTotalScore"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranked"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"explanationZh"}},{"kind":"Field","name":{"kind":"Name","value":"explanationEn"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"explanationZh"}},{"kind":"Field","name":{"kind":"Name","value":"explanationEn"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatchSuggestionsQuery, MatchSuggestionsQueryVariables>;
export const ProposeIntroductionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeIntroduction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeIntroductionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeIntroduction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"introduction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntroductionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntroductionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Introduction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"explanationZh"}},{"kind":"Field","name":{"kind":"Name","value":"explanationEn"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"startupAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"startupAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"resourceAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"resourceAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNotes"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mySides"}},{"kind":"Field","name":{"kind":"Name","value":"mayRecord"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"textZh"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}}]}}]} as unknown as DocumentNode<ProposeIntroductionMutation, ProposeIntroductionMutationVariables>;
export const AnswerIntroductionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerIntroduction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerIntroductionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerIntroduction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"introduction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntroductionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntroductionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Introduction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"explanationZh"}},{"kind":"Field","name":{"kind":"Name","value":"explanationEn"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"startupAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"startupAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"resourceAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"resourceAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNotes"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mySides"}},{"kind":"Field","name":{"kind":"Name","value":"mayRecord"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"textZh"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}}]}}]} as unknown as DocumentNode<AnswerIntroductionMutation, AnswerIntroductionMutationVariables>;
export const RecordIntroductionMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIntroductionMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordIntroductionMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIntroductionMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"introduction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"metOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RecordIntroductionMeetingMutation, RecordIntroductionMeetingMutationVariables>;
export const RecordIntroductionOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIntroductionOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordIntroductionOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIntroductionOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"introduction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNotes"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RecordIntroductionOutcomeMutation, RecordIntroductionOutcomeMutationVariables>;
export const IntroductionByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntroductionById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"introduction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntroductionFields"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntroductionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Introduction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"explanationZh"}},{"kind":"Field","name":{"kind":"Name","value":"explanationEn"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"startupAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"startupAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"resourceAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"resourceAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNotes"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mySides"}},{"kind":"Field","name":{"kind":"Name","value":"mayRecord"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"textZh"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}}]}}]} as unknown as DocumentNode<IntroductionByIdQuery, IntroductionByIdQueryVariables>;
export const IntroductionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Introductions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntroductionStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"introductions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"needId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needId"}}},{"kind":"Argument","name":{"kind":"Name","value":"resourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IntroductionsQuery, IntroductionsQueryVariables>;
export const MatchmakingFunnelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchmakingFunnel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchmakingFunnel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromMonth"}},{"kind":"Field","name":{"kind":"Name","value":"toMonth"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"deals"}}]}}]}}]}}]} as unknown as DocumentNode<MatchmakingFunnelQuery, MatchmakingFunnelQueryVariables>;
export const MatchmakingSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchmakingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchmakingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderDays"}}]}}]}}]} as unknown as DocumentNode<MatchmakingSettingsQuery, MatchmakingSettingsQueryVariables>;
export const SetMatchmakingSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMatchmakingSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMatchmakingSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMatchmakingSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetMatchmakingSettingsMutation, SetMatchmakingSettingsMutationVariables>;
export const MatchmakingMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchmakingMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatchmakingMeQuery, MatchmakingMeQueryVariables>;
export const MatchmakingNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchmakingNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatchmakingNotificationsQuery, MatchmakingNotificationsQueryVariables>;
export const MatchmakingAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchmakingAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"detailsJson"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatchmakingAuditQuery, MatchmakingAuditQueryVariables>;
export const ProposeIntroductionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeIntroductions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeIntroductionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeIntroductions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"introductions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProposeIntroductionsMutation, ProposeIntroductionsMutationVariables>;
export const ProjectMilestonesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectMilestones"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMilestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueMilestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestoneHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<ProjectMilestonesQuery, ProjectMilestonesQueryVariables>;
export const AddMilestoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<AddMilestoneMutation, AddMilestoneMutationVariables>;
export const SubmitMilestoneEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitMilestoneEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitMilestoneEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitMilestoneEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<SubmitMilestoneEvidenceMutation, SubmitMilestoneEvidenceMutationVariables>;
export const AcceptMilestoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<AcceptMilestoneMutation, AcceptMilestoneMutationVariables>;
export const ReturnMilestoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<ReturnMilestoneMutation, ReturnMilestoneMutationVariables>;
export const MyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markedCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const SetNotificationPreferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotificationPreference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetNotificationPreferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const NotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const RejectVoucherApplicationForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectVoucherApplicationForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectVoucherApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectVoucherApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RejectVoucherApplicationForTestMutation, RejectVoucherApplicationForTestMutationVariables>;
export const OrganisationProjectStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationProjectStages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationProjectStagesQuery, OrganisationProjectStagesQueryVariables>;
export const OrganisationsWithProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationsWithProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationsWithProjectsQuery, OrganisationsWithProjectsQueryVariables>;
export const OrganisationAllocationIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationAllocationIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationAllocationIdsQuery, OrganisationAllocationIdsQueryVariables>;
export const VisibleOrganisationsAndProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisibleOrganisationsAndProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VisibleOrganisationsAndProjectsQuery, VisibleOrganisationsAndProjectsQueryVariables>;
export const PortfolioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Portfolio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holdings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"creditLines"}},{"kind":"Field","name":{"kind":"Name","value":"latestCreditLineId"}},{"kind":"Field","name":{"kind":"Name","value":"postMoneyShares"}},{"kind":"Field","name":{"kind":"Name","value":"percentBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerShareMicroYuan"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"cardSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"cardHours"}},{"kind":"Field","name":{"kind":"Name","value":"invoicedFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byIndustry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioFiguresFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioFiguresFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startups"}},{"kind":"Field","name":{"kind":"Name","value":"sharesHeld"}},{"kind":"Field","name":{"kind":"Name","value":"committedFen"}},{"kind":"Field","name":{"kind":"Name","value":"releasedFen"}},{"kind":"Field","name":{"kind":"Name","value":"drawnFen"}},{"kind":"Field","name":{"kind":"Name","value":"remainingFen"}},{"kind":"Field","name":{"kind":"Name","value":"impliedValueFen"}}]}}]} as unknown as DocumentNode<PortfolioQuery, PortfolioQueryVariables>;
export const CreditLineByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditLineById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"creditFen"}},{"kind":"Field","name":{"kind":"Name","value":"drawnFen"}},{"kind":"Field","name":{"kind":"Name","value":"remainingFen"}},{"kind":"Field","name":{"kind":"Name","value":"drawableFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalShares"}},{"kind":"Field","name":{"kind":"Name","value":"sharesIssued"}},{"kind":"Field","name":{"kind":"Name","value":"tranches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trancheNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"creditFen"}},{"kind":"Field","name":{"kind":"Name","value":"drawnFen"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draws"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreditLineByIdQuery, CreditLineByIdQueryVariables>;
export const TermSheetCreditLineIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TermSheetCreditLineId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"creditLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TermSheetCreditLineIdQuery, TermSheetCreditLineIdQueryVariables>;
export const ProjectPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocationSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queuedRequests"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectPageQuery, ProjectPageQueryVariables>;
export const ApplyForProjectCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForProjectCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyForProjectCodesMutation, ApplyForProjectCodesMutationVariables>;
export const MeAndProjectCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeAndProjectCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<MeAndProjectCountQuery, MeAndProjectCountQueryVariables>;
export const ApplyForProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleProjectFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"lastTransitionReason"}},{"kind":"Field","name":{"kind":"Name","value":"availableTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"cardCountEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adaptation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourcePlatform"}},{"kind":"Field","name":{"kind":"Name","value":"targetPlatform"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedItems"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"chargeFen"}}]}}]}}]} as unknown as DocumentNode<ApplyForProjectMutation, ApplyForProjectMutationVariables>;
export const TransitionProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleProjectFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"lastTransitionReason"}},{"kind":"Field","name":{"kind":"Name","value":"availableTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"cardCountEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adaptation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourcePlatform"}},{"kind":"Field","name":{"kind":"Name","value":"targetPlatform"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedItems"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"chargeFen"}}]}}]}}]} as unknown as DocumentNode<TransitionProjectMutation, TransitionProjectMutationVariables>;
export const SetAdaptationChecklistItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAdaptationChecklistItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAdaptationChecklistItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAdaptationChecklistItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleProjectFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"lastTransitionReason"}},{"kind":"Field","name":{"kind":"Name","value":"availableTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"cardCountEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adaptation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourcePlatform"}},{"kind":"Field","name":{"kind":"Name","value":"targetPlatform"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedItems"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"chargeFen"}}]}}]}}]} as unknown as DocumentNode<SetAdaptationChecklistItemMutation, SetAdaptationChecklistItemMutationVariables>;
export const GetProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleProjectFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"lastTransitionReason"}},{"kind":"Field","name":{"kind":"Name","value":"availableTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"cardCountEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adaptation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourcePlatform"}},{"kind":"Field","name":{"kind":"Name","value":"targetPlatform"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedItems"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"chargeFen"}}]}}]}}]} as unknown as DocumentNode<GetProjectQuery, GetProjectQueryVariables>;
export const MyDisplayNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDisplayName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MyDisplayNameQuery, MyDisplayNameQueryVariables>;
export const ProjectNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectNamesQuery, ProjectNamesQueryVariables>;
export const OrganisationKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationKinds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantsOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"tenantsOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantsOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationKindsQuery, OrganisationKindsQueryVariables>;
export const OverdueAdaptationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueAdaptations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueAdaptations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"adaptation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverdueAdaptationsQuery, OverdueAdaptationsQueryVariables>;
export const PipelineColumnsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineColumns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"perStage"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineColumnsQuery, PipelineColumnsQueryVariables>;
export const PipelineBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"industry"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Industry"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"perStage"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"industry"},"value":{"kind":"Variable","name":{"kind":"Name","value":"industry"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdueOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adaptation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PipelineBoardQuery, PipelineBoardQueryVariables>;
export const ProjectPageAfterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectPageAfter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectPageAfterQuery, ProjectPageAfterQueryVariables>;
export const ScenarioCreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScenarioCreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ScenarioCreateOrganisationMutation, ScenarioCreateOrganisationMutationVariables>;
export const ScenarioInviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScenarioInviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ScenarioInviteUserMutation, ScenarioInviteUserMutationVariables>;
export const ScenarioAcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScenarioAcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ScenarioAcceptInvitationMutation, ScenarioAcceptInvitationMutationVariables>;
export const ScenarioApplyForProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScenarioApplyForProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ScenarioApplyForProjectMutation, ScenarioApplyForProjectMutationVariables>;
export const ScenarioTransitionProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScenarioTransitionProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ScenarioTransitionProjectMutation, ScenarioTransitionProjectMutationVariables>;
export const ScenarioCheckAdaptationItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScenarioCheckAdaptationItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAdaptationChecklistItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAdaptationChecklistItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ScenarioCheckAdaptationItemMutation, ScenarioCheckAdaptationItemMutationVariables>;
export const ScenarioCreateClusterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScenarioCreateCluster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClusterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ScenarioCreateClusterMutation, ScenarioCreateClusterMutationVariables>;
export const ScenarioAddNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScenarioAddNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddNodesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ScenarioAddNodesMutation, ScenarioAddNodesMutationVariables>;
export const ScenarioCentreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScenarioCentre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"CENTRE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScenarioCentreQuery, ScenarioCentreQueryVariables>;
export const TermSheetNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TermSheetNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"proposers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]}}]} as unknown as DocumentNode<TermSheetNamesQuery, TermSheetNamesQueryVariables>;
export const WorkingCalendarOfYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkingCalendarOfYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"workingDayCount"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayStartMinute"}},{"kind":"Field","name":{"kind":"Name","value":"dayEndMinute"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]} as unknown as DocumentNode<WorkingCalendarOfYearQuery, WorkingCalendarOfYearQueryVariables>;
export const SetCalendarDayForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCalendarDayForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCalendarDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCalendarDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetCalendarDayForTestMutation, SetCalendarDayForTestMutationVariables>;
export const RemoveCalendarDayForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCalendarDayForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveCalendarDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCalendarDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedDay"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveCalendarDayForTestMutation, RemoveCalendarDayForTestMutationVariables>;
export const SetBusinessHoursForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBusinessHoursForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetBusinessHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBusinessHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayStartMinute"}},{"kind":"Field","name":{"kind":"Name","value":"dayEndMinute"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetBusinessHoursForTestMutation, SetBusinessHoursForTestMutationVariables>;
export const CalendarAuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarAuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"detailsJson"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CalendarAuditEventsQuery, CalendarAuditEventsQueryVariables>;
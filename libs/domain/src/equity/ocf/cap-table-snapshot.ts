import type { Fen } from '../../money/money.js';
import type { FenPerShare } from '../equity-maths.js';

/**
 * A startup's cap table as Suanli keeps it, at one instant: what the Open Cap Format export
 * (toOcf) is made from. Dates are calendar days in Asia/Shanghai ('YYYY-MM-DD'); share counts are
 * whole numbers; prices are exact fen-per-share fractions. The API builds it from the cap-table
 * and credit-line tables; nothing here reads a database.
 */
export interface CapTableSnapshot {
  /** When the snapshot was taken (UTC instant); the export's as-of date is its Shanghai day. */
  asOf: Date;
  issuer: {
    /** The organisation's id. */
    id: string;
    legalName: string;
    /** ISO 3166-1 alpha-2, 'CN' for the centre's startups. */
    country: string;
    /** Unified social credit code (统一社会信用代码), or null when not on file. */
    taxId: string | null;
    /** The day the company was formed, or null when not on file. */
    formedOn: string | null;
  };
  stockClasses: CapStockClass[];
  stakeholders: CapStakeholder[];
  /** Shares issued outright (founders, investors, employees): every issuance except the centre's grants. */
  issuances: CapIssuance[];
  /** The centre's shares from signed compute-for-equity terms, one grant per signed term sheet. */
  centreGrants: CentreGrant[];
  /** Shares bought back from a holder (the founders' buy-back option, or any repurchase). */
  buyBacks: CapBuyBack[];
}

export interface CapStockClass {
  id: string;
  name: string;
  classType: 'COMMON' | 'PREFERRED';
  /** Shares the articles authorise for this class, or null when unlimited / not on file. */
  sharesAuthorized: bigint | null;
  /** 1 is the most junior. */
  seniority: number;
  createdOn: string;
  /** Votes each share carries; 1 when absent (OCF requires votes_per_share). */
  votesPerShare?: bigint;
  /** The price the class was issued at (e.g. a preferred round's price), when known; OCF's optional price_per_share. */
  pricePerShare?: FenPerShare | null;
}

export type StakeholderKind = 'FOUNDER' | 'INVESTOR' | 'EMPLOYEE' | 'CENTRE' | 'OTHER';

export interface CapStakeholder {
  id: string;
  name: string;
  kind: StakeholderKind;
  entityType: 'INDIVIDUAL' | 'INSTITUTION';
}

export interface CapIssuance {
  id: string;
  stakeholderId: string;
  stockClassId: string;
  shares: bigint;
  pricePerShare: FenPerShare;
  issuedOn: string;
  /** What was given for the shares when it was not cash, e.g. '知识产权投入'; null for cash. */
  considerationText: string | null;
}

/**
 * The centre's shares under one signed term sheet. Each tranche's shares are earned as its credit
 * is drawn; in OCF the grant is one StockIssuance of totalShares with VestingTerms (one
 * VESTING_EVENT condition per tranche) and one VestingEvent per released tranche.
 */
export interface CentreGrant {
  /** The term sheet's id; the grant's security id is derived from it. */
  termSheetId: string;
  stakeholderId: string;
  stockClassId: string;
  /** Σ tranches[].shares. */
  totalShares: bigint;
  pricePerShare: FenPerShare;
  creditFen: Fen;
  signedOn: string;
  tranches: CentreGrantTranche[];
  /**
   * When the credit line closed (expired or was closed) with shares never earned, the day and the
   * number of shares that will never be issued (totalShares − Σ sharesIssued); null while open.
   */
  closed: { on: string; sharesForfeited: bigint } | null;
}

export interface CentreGrantTranche {
  /** 0-based, in drawing order. */
  index: number;
  shares: bigint;
  creditFen: Fen;
  drawnFen: Fen;
  /** The day the tranche's credit became drawable, or null while LOCKED. */
  releasedOn: string | null;
  /** Shares issued to the centre from this tranche so far (all of them once fully drawn). */
  sharesIssued: bigint;
  /** The day its shares were issued (fully drawn, or the pro-rata part when the line closed), or null. */
  issuedOn: string | null;
}

export interface CapBuyBack {
  id: string;
  /** The holder whose shares were bought back. */
  stakeholderId: string;
  /** The issuance bought back from: a CapIssuance id, or a CentreGrant's termSheetId. */
  securityOf: string;
  shares: bigint;
  /** The whole price paid, in fen. */
  priceFen: Fen;
  on: string;
}

/**
 * The slice of Open Cap Format v1.2.0 the export writes, as plain JSON (strings, arrays, objects —
 * no bigint), so JSON.stringify gives the file. Field names are OCF's own (snake_case). The official
 * schemas are the reference; these types only keep toOcf and checkOcfReferences honest.
 */

export const OCF_VERSION = '1.2.0';

/** OCF Numeric: a decimal string, e.g. '1000000' shares or '257.142857' yuan. */
export type OcfNumeric = string;

export interface OcfMonetary {
  amount: OcfNumeric;
  currency: string;
}

interface OcfObject {
  id: string;
  comments?: string[];
}

export interface OcfIssuer extends OcfObject {
  object_type: 'ISSUER';
  legal_name: string;
  formation_date: string;
  country_of_formation: string;
  tax_ids?: { tax_id: string; country: string }[];
}

export type OcfStakeholderRelationship = 'FOUNDER' | 'INVESTOR' | 'EMPLOYEE' | 'OTHER';

export interface OcfStakeholder extends OcfObject {
  object_type: 'STAKEHOLDER';
  name: { legal_name: string };
  stakeholder_type: 'INDIVIDUAL' | 'INSTITUTION';
  current_relationship: OcfStakeholderRelationship;
}

export interface OcfStockClass extends OcfObject {
  object_type: 'STOCK_CLASS';
  name: string;
  class_type: 'COMMON' | 'PREFERRED';
  default_id_prefix: string;
  initial_shares_authorized: OcfNumeric | 'UNLIMITED';
  votes_per_share: OcfNumeric;
  seniority: OcfNumeric;
  price_per_share?: OcfMonetary;
}

export interface OcfVestingCondition {
  id: string;
  description: string;
  portion: { numerator: OcfNumeric; denominator: OcfNumeric };
  trigger: { type: 'VESTING_EVENT' };
  next_condition_ids: string[];
}

export interface OcfVestingTerms extends OcfObject {
  object_type: 'VESTING_TERMS';
  name: string;
  description: string;
  allocation_type: 'CUMULATIVE_ROUND_DOWN';
  vesting_conditions: OcfVestingCondition[];
}

interface OcfSecurityTransaction extends OcfObject {
  date: string;
  security_id: string;
}

export interface OcfStockIssuance extends OcfSecurityTransaction {
  object_type: 'TX_STOCK_ISSUANCE';
  custom_id: string;
  stakeholder_id: string;
  stock_class_id: string;
  quantity: OcfNumeric;
  share_price: OcfMonetary;
  vesting_terms_id?: string;
  consideration_text?: string;
  security_law_exemptions: { description: string; jurisdiction: string }[];
  stock_legend_ids: string[];
}

export interface OcfVestingEvent extends OcfSecurityTransaction {
  object_type: 'TX_VESTING_EVENT';
  vesting_condition_id: string;
}

export interface OcfStockCancellation extends OcfSecurityTransaction {
  object_type: 'TX_STOCK_CANCELLATION';
  quantity: OcfNumeric;
  reason_text: string;
  balance_security_id?: string;
}

export interface OcfStockRepurchase extends OcfSecurityTransaction {
  object_type: 'TX_STOCK_REPURCHASE';
  quantity: OcfNumeric;
  price: OcfMonetary;
  consideration_text?: string;
  balance_security_id?: string;
}

export type OcfTransaction = OcfStockIssuance | OcfVestingEvent | OcfStockCancellation | OcfStockRepurchase;

export interface OcfFileReference {
  filepath: string;
  md5: string;
}

export interface OcfManifest {
  file_type: 'OCF_MANIFEST_FILE';
  ocf_version: typeof OCF_VERSION;
  issuer: OcfIssuer;
  as_of: string;
  generated_at: string;
  comments: string[];
  stock_plans_files: OcfFileReference[];
  stock_legend_templates_files: OcfFileReference[];
  stock_classes_files: OcfFileReference[];
  vesting_terms_files: OcfFileReference[];
  valuations_files: OcfFileReference[];
  transactions_files: OcfFileReference[];
  stakeholders_files: OcfFileReference[];
}

export interface OcfItemsFile<FileType extends string, Item> {
  file_type: FileType;
  items: Item[];
}

export const OCF_FILES = {
  manifest: 'Manifest.ocf.json',
  stakeholders: 'Stakeholders.ocf.json',
  stockClasses: 'StockClasses.ocf.json',
  vestingTerms: 'VestingTerms.ocf.json',
  transactions: 'Transactions.ocf.json',
} as const;

/** The export: each OCF file as a JSON value, keyed by its file name in the zip. */
export interface OcfPackage {
  'Manifest.ocf.json': OcfManifest;
  'Stakeholders.ocf.json': OcfItemsFile<'OCF_STAKEHOLDERS_FILE', OcfStakeholder>;
  'StockClasses.ocf.json': OcfItemsFile<'OCF_STOCK_CLASSES_FILE', OcfStockClass>;
  'VestingTerms.ocf.json': OcfItemsFile<'OCF_VESTING_TERMS_FILE', OcfVestingTerms>;
  'Transactions.ocf.json': OcfItemsFile<'OCF_TRANSACTIONS_FILE', OcfTransaction>;
}

export type OcfFileName = keyof OcfPackage;

/** Thrown by toOcf: the snapshot breaks its own rules, or (a bug) the output fails checkOcfReferences. */
export class OcfExportError extends RangeError {
  constructor(
    readonly code: 'OCF_SNAPSHOT_INVALID' | 'OCF_REFERENCES_BROKEN',
    readonly problems: readonly string[],
  ) {
    super(`${code}: ${problems.join('; ')}`);
    this.name = 'OcfExportError';
  }
}

import { enumOf, registerDescribedEnum } from '../../../common/graphql/domain-enums.js';
import { ENTITY_TYPES, ISSUANCE_SOURCES, SHARE_CLASS_TYPES, STAKEHOLDER_KINDS } from '../entities/cap-table.entities.js';

export const StakeholderKindEnum = enumOf(STAKEHOLDER_KINDS);
/** The kinds a person records by hand: the centre's stakeholder is made only with its first credit line. */
export const RECORDABLE_STAKEHOLDER_KINDS = STAKEHOLDER_KINDS.filter((kind) => kind !== 'CENTRE');
export const StakeholderEntityTypeEnum = enumOf(ENTITY_TYPES);
export const ShareClassTypeEnum = enumOf(SHARE_CLASS_TYPES);
export const IssuanceSourceEnum = enumOf(ISSUANCE_SOURCES);
export const CAP_TABLE_EVENT_KINDS = ['ISSUANCE', 'BUY_BACK'] as const;
export type CapTableEventKind = (typeof CAP_TABLE_EVENT_KINDS)[number];
export const CapTableEventKindEnum = enumOf(CAP_TABLE_EVENT_KINDS);

registerDescribedEnum(StakeholderKindEnum, 'StakeholderKind', 'Who a holder of a startup’s shares is.', {
  FOUNDER: 'A founder of the startup.',
  INVESTOR: 'An outside investor.',
  EMPLOYEE: 'An employee (shares or an employee shareholding platform).',
  CENTRE: 'The computing centre, holding the shares its compute credit earned; one per startup, added only when a credit line opens.',
  OTHER: 'Anyone else.',
});

registerDescribedEnum(StakeholderEntityTypeEnum, 'StakeholderEntityType', 'Whether a stakeholder is a person or an institution.', {
  INDIVIDUAL: 'A natural person.',
  INSTITUTION: 'A company, fund, partnership or public body.',
});

registerDescribedEnum(ShareClassTypeEnum, 'ShareClassType', 'Common or preferred shares.', {
  COMMON: 'Common shares (普通股).',
  PREFERRED: 'Preferred shares (优先股), ranking above common.',
});

registerDescribedEnum(IssuanceSourceEnum, 'IssuanceSource', 'How an issuance came onto the cap table.', {
  MANUAL: 'Recorded by the centre’s staff (founders’, investors’, employees’ shares).',
  TRANCHE: 'Issued to the centre by the database when a credit tranche was drawn in full, or its drawn part when the line expired.',
});

registerDescribedEnum(CapTableEventKindEnum, 'CapTableEventKind', 'A change to a cap table.', {
  ISSUANCE: 'Shares issued to a stakeholder.',
  BUY_BACK: 'Shares bought back from a stakeholder.',
});

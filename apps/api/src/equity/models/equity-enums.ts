import { RELEASE_KINDS } from '@suanli/domain';
import { enumOf, registerDescribedEnum } from '../../common/graphql/domain-enums.js';
import { TERM_SHEET_SIDES, TERM_SHEET_STATUSES } from '../entities/term-sheet.entity.js';

export const TermSheetStatusEnum = enumOf(TERM_SHEET_STATUSES);
export const TermSheetSideEnum = enumOf(TERM_SHEET_SIDES);
export const TrancheReleaseKindEnum = enumOf(RELEASE_KINDS);

registerDescribedEnum(TermSheetStatusEnum, 'TermSheetStatus', 'Where a term sheet is in its negotiation.', {
  OPEN: 'The sides are exchanging versions; nothing is signed yet.',
  SIGNED: 'Both sides accepted the same version; the terms bind.',
  WITHDRAWN: 'One side withdrew; no further versions or acceptances.',
});

registerDescribedEnum(TermSheetSideEnum, 'TermSheetSide', 'A party to a term sheet.', {
  CENTRE: 'The computing centre (its managers and admins).',
  FOUNDER: 'The startup (its founders).',
});

registerDescribedEnum(TrancheReleaseKindEnum, 'TrancheReleaseKind', 'What releases a tranche’s credit.', {
  ON_SIGNING: 'Released as soon as the term sheet is signed.',
  PREVIOUS_DRAWN: 'The previous tranche has been drawn to at least thresholdBasisPoints of its credit.',
  STAGE_REACHED: 'The project has reached the lifecycle stage `stage`.',
  DATE: 'The instant `at` has passed.',
  MILESTONE_ACCEPTED: 'The centre has accepted the milestone `milestoneKey`.',
});

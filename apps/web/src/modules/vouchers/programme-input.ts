import { yuanToFen } from '../../shared/lib/money';

export interface ProgrammeFormValues {
  year: number;
  name: string;
  budget: string;
  /** Shown as a percent on the form (named as the API field so its errors land here). */
  coverageBasisPoints: number;
  perOrganisationCap: string;
  minimumClaim: string;
  validityMonths: number;
  eligibleKinds: string[];
  eligibleIndustries?: string[];
  settlement: string;
}

/** The form's yuan and percent as the API's fen and basis points. */
export function toProgrammeInput(v: ProgrammeFormValues) {
  return {
    year: v.year,
    name: v.name.trim(),
    budgetFen: yuanToFen(v.budget) ?? '',
    coverageBasisPoints: Math.round(v.coverageBasisPoints * 100),
    perOrganisationCapFen: yuanToFen(v.perOrganisationCap) ?? '',
    minimumClaimFen: yuanToFen(v.minimumClaim) ?? '',
    validityMonths: v.validityMonths,
    eligibleKinds: v.eligibleKinds,
    eligibleIndustries: v.eligibleIndustries ?? [],
    settlement: v.settlement,
  };
}

/**
 * How much a field costs, for the fields where "1, times the length of its list" is not the truth.
 * The unit of cost is roughly one value in the answer: every field is 1, and what a list field
 * selects is multiplied by how many items the list may hold. Lists with a `first` argument are
 * multiplied by it; the others need a declared bound here, or get DEFAULT_LIST_BOUND.
 */
export interface FieldCost {
  /** Extra cost of the field itself (work beyond reading a row), added once per occurrence. */
  cost?: number | ((args: Record<string, unknown>) => number);
  /** Most items the list holds (its real bound in the inventory or the domain). */
  maxItems?: number;
  /** Multiplier computed from the field's arguments, for fields whose size depends on them. */
  multiplier?: (args: Record<string, unknown>) => number;
}

/** A list of objects nobody declared: assumed long, so a new list field errs on the side of refusing. */
export const DEFAULT_LIST_BOUND = 100;

const PROJECT_STAGES = 7;
const num = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

export const FIELD_COSTS: Record<string, FieldCost> = {
  // The centre runs "a handful" of clusters; a cluster of a few racks; Ascend servers carry 8 cards
  // (cardsPerNode may be set up to 64, the answer-size limit covers such an inventory).
  'Query.clusters': { maxItems: 4 },
  'Cluster.nodes': { maxItems: 256 },
  'ComputeNode.cards': { maxItems: 16 },
  'Cluster.utilisation': { cost: 5 },
  // The board: every stage with up to `perStage` projects (multiplied here, so the column's list is 1).
  'Query.pipeline': { multiplier: (args) => PROJECT_STAGES * num(args.perStage, 50) },
  'PipelineColumn.projects': { maxItems: 1 },
  // A project moves through at most seven stages, and rarely back; 32 moves is generous.
  'Project.history': { maxItems: 32 },
  // Usage sums metered intervals day by day: the SQL work (about 0.25 s for a year of the demo
  // centre, measured) and the daily list grow with `days`.
  'Query.usage': { cost: (args) => 200 * num(args.days, 14), multiplier: (args) => num(args.days, 14) },
  'UsageReport.daily': { maxItems: 1 },
  'UsageReport.byProject': { maxItems: 20 },
  // Builds the scheduler's whole input: one of these weighs as much as a page of projects.
  'Query.schedulingSnapshot': { cost: 500 },
  // Term sheets (equity/): a project negotiates a few sheets of at most MAX_TERM_SHEET_VERSIONS (30)
  // versions, each accepted at most once per side; terms have at most 20 tranches.
  'Query.termSheets': { maxItems: 50 },
  'TermSheet.versions': { maxItems: 30 },
  'TermSheet.acceptances': { maxItems: 60 },
  'TermSheetTerms.tranches': { maxItems: 20 },
  'DerivedEquity.trancheShares': { maxItems: 20 },
  'DerivedEquity.trancheCreditFen': { maxItems: 20 },
  // Consulting: a ticket has one SLA target per kind (first response, resolution; the table's key is
  // (ticket_id, kind)), so a queue page of tickets is not a hundred targets each.
  'Ticket.slaTargets': { maxItems: 2 },
  // Matchmaking (matchmaking/): one run of the scorer and the assignment over every open need (a
  // centre holds a few hundred open needs; the benchmark runs 1,000 × 500 in under 2 s), up to
  // 20 ranked resources each (rankedPerNeed ≤ 20) with about eight reasons; a need gets a handful
  // of introductions; a resource declares at most 100 conflicts; the funnel is 36 months × 6 kinds.
  'Query.matchSuggestions': { cost: 1000 },
  'MatchSuggestions.needs': { maxItems: 300 },
  'NeedSuggestions.ranked': { maxItems: 20 },
  'ScoredMatch.reasons': { maxItems: 10 },
  'Introduction.reasons': { maxItems: 10 },
  'MatchNeed.introductions': { maxItems: 20 },
  'MatchResource.conflicts': { maxItems: 100 },
  'MatchmakingFunnel.rows': { maxItems: 216 },
  'Query.organisationCompetitors': { maxItems: 50 },
  // A mutation's business failures: a handful at most.
  '*.userErrors': { maxItems: 5 },
  // Introspection: bounded by the schema, not by data (and in production open to staff only).
  '__Schema.types': { maxItems: 150 },
};

/** Lists of the introspection types other than the one above count once. */
export const INTROSPECTION_LIST_BOUND = 1;

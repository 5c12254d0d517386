import { RESOURCE_KINDS, URGENCIES, type MatchingInput, type MatchingInputError, type MatchingInputErrorCode, type MatchWeights } from '../model/types.js';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Every problem of the input, in input order; empty when suggestMatches can run. */
export function validateMatchingInput(input: MatchingInput): MatchingInputError[] {
  const errors: MatchingInputError[] = [];
  const add = (code: MatchingInputErrorCode, subject: string, message: string) => errors.push({ code, subject, message });

  const needIds = new Set<string>();
  for (const need of input.needs) {
    if (needIds.has(need.id)) add('DUPLICATE_NEED_ID', need.id, `need ${need.id} appears more than once`);
    needIds.add(need.id);
    if (!(RESOURCE_KINDS as readonly string[]).includes(need.kind)) add('UNKNOWN_KIND', need.id, `need ${need.id} has unknown kind ${need.kind}`);
    if (!(URGENCIES as readonly string[]).includes(need.urgency)) add('UNKNOWN_URGENCY', need.id, `need ${need.id} has unknown urgency ${need.urgency}`);
    if (!ISO_INSTANT.test(need.postedAt) || Number.isNaN(Date.parse(need.postedAt))) {
      add('INVALID_POSTED_AT', need.id, `need ${need.id} postedAt is not an ISO instant: ${need.postedAt}`);
    }
    if (need.competitorOrganisationIds.includes(need.organisationId)) {
      add('COMPETITOR_IS_SELF', need.id, `need ${need.id}: organisation ${need.organisationId} is listed as its own competitor`);
    }
  }

  const resourceIds = new Set<string>();
  for (const r of input.resources) {
    if (resourceIds.has(r.id)) add('DUPLICATE_RESOURCE_ID', r.id, `resource ${r.id} appears more than once`);
    resourceIds.add(r.id);
    if (!(RESOURCE_KINDS as readonly string[]).includes(r.kind)) add('UNKNOWN_KIND', r.id, `resource ${r.id} has unknown kind ${r.kind}`);
    if (!Number.isInteger(r.capacity)) add('NON_INTEGER_CAPACITY', r.id, `resource ${r.id} capacity ${r.capacity} is not a whole number`);
    else if (r.capacity < 0) add('NEGATIVE_CAPACITY', r.id, `resource ${r.id} capacity ${r.capacity} is below zero`);
    if (!Number.isInteger(r.used)) add('NON_INTEGER_USED', r.id, `resource ${r.id} used ${r.used} is not a whole number`);
    else if (r.used < 0) add('NEGATIVE_USED', r.id, `resource ${r.id} used ${r.used} is below zero`);
    else if (Number.isInteger(r.capacity) && r.capacity >= 0 && r.used > r.capacity) {
      add('USED_OVER_CAPACITY', r.id, `resource ${r.id} has ${r.used} places used of ${r.capacity}`);
    }
    if (r.ownerOrganisationId !== null && r.declaredConflictOrganisationIds.includes(r.ownerOrganisationId)) {
      add('CONFLICT_WITH_SELF', r.id, `resource ${r.id} declares a conflict with its own organisation ${r.ownerOrganisationId}`);
    }
  }

  for (const [name, value] of Object.entries(input.weights ?? {}) as [keyof MatchWeights, number | undefined][]) {
    if (value !== undefined && !(Number.isInteger(value) && value >= 0 && value <= 1000)) {
      add('INVALID_WEIGHT', name, `weight ${name} must be a whole number from 0 to 1000, not ${value}`);
    }
  }
  checkCount(input.rankedPerNeed, 'rankedPerNeed', 0, 'INVALID_RANKED_PER_NEED', add);
  checkCount(input.placesPerNeed, 'placesPerNeed', 1, 'INVALID_PLACES_PER_NEED', add);
  checkCount(input.candidatesPerNeed, 'candidatesPerNeed', 1, 'INVALID_CANDIDATES_PER_NEED', add);
  if (input.solver === 'HUNGARIAN' && (input.placesPerNeed ?? 1) !== 1) {
    add('HUNGARIAN_NEEDS_ONE_PLACE_PER_NEED', 'solver', 'the Hungarian algorithm gives each need one resource; use LP for placesPerNeed > 1');
  }
  return errors;
}

function checkCount(
  value: number | undefined,
  name: string,
  min: number,
  code: MatchingInputErrorCode,
  add: (code: MatchingInputErrorCode, subject: string, message: string) => void,
): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= min && value <= 10_000)) {
    add(code, name, `${name} must be a whole number from ${min} to 10000, not ${value}`);
  }
}

/** Thrown by suggestMatches for input validateMatchingInput refuses. */
export class MatchingInputInvalidError extends Error {
  constructor(readonly errors: MatchingInputError[]) {
    super(`invalid matching input: ${errors.map((e) => `${e.code} (${e.subject})`).join(', ')}`);
    this.name = 'MatchingInputInvalidError';
  }
}

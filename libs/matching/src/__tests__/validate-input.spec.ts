import { validateMatchingInput, type MatchingInput } from '../index.js';
import { need, resource } from './factories.js';

const codes = (input: MatchingInput) => validateMatchingInput(input).map((e) => [e.code, e.subject]);

describe('validateMatchingInput', () => {
  it('accepts a well-formed input', () => {
    expect(codes({ needs: [need({ id: 'n' })], resources: [resource({ id: 'r', capacity: 0, used: 0 })] })).toEqual([]);
  });

  it('refuses bad capacities and used places', () => {
    expect(
      codes({
        needs: [],
        resources: [
          resource({ id: 'neg', capacity: -1 }),
          resource({ id: 'frac', capacity: 1.5 }),
          resource({ id: 'over', capacity: 2, used: 3 }),
          resource({ id: 'neg-used', used: -1 }),
          resource({ id: 'frac-used', used: 0.5 }),
          resource({ id: 'nan', capacity: Number.NaN }),
        ],
      }),
    ).toEqual([
      ['NEGATIVE_CAPACITY', 'neg'],
      ['NON_INTEGER_CAPACITY', 'frac'],
      ['USED_OVER_CAPACITY', 'over'],
      ['NEGATIVE_USED', 'neg-used'],
      ['NON_INTEGER_USED', 'frac-used'],
      ['NON_INTEGER_CAPACITY', 'nan'],
    ]);
  });

  it('refuses duplicate ids, unknown kinds and urgencies, bad dates and conflicts with oneself', () => {
    expect(
      codes({
        needs: [
          need({ id: 'n' }),
          need({ id: 'n' }),
          need({ id: 'k', kind: 'ASTROLOGER' as never, urgency: 'SOON' as never }),
          need({ id: 'd', postedAt: 'yesterday' }),
          need({ id: 's', organisationId: 'o', competitorOrganisationIds: ['o'] }),
        ],
        resources: [resource({ id: 'r' }), resource({ id: 'r' }), resource({ id: 'self', ownerOrganisationId: 'o', declaredConflictOrganisationIds: ['o'] })],
      }),
    ).toEqual([
      ['DUPLICATE_NEED_ID', 'n'],
      ['UNKNOWN_KIND', 'k'],
      ['UNKNOWN_URGENCY', 'k'],
      ['INVALID_POSTED_AT', 'd'],
      ['COMPETITOR_IS_SELF', 's'],
      ['DUPLICATE_RESOURCE_ID', 'r'],
      ['CONFLICT_WITH_SELF', 'self'],
    ]);
  });

  it('refuses bad options', () => {
    expect(
      codes({ needs: [], resources: [], weights: { industry: -3, region: 2.5 }, rankedPerNeed: -1, placesPerNeed: 0, candidatesPerNeed: 0.5 }),
    ).toEqual([
      ['INVALID_WEIGHT', 'industry'],
      ['INVALID_WEIGHT', 'region'],
      ['INVALID_RANKED_PER_NEED', 'rankedPerNeed'],
      ['INVALID_PLACES_PER_NEED', 'placesPerNeed'],
      ['INVALID_CANDIDATES_PER_NEED', 'candidatesPerNeed'],
    ]);
    expect(codes({ needs: [], resources: [], solver: 'HUNGARIAN', placesPerNeed: 2 })).toEqual([['HUNGARIAN_NEEDS_ONE_PLACE_PER_NEED', 'solver']]);
  });
});

import { describe, expect, it } from '@jest/globals';
import { assignOrganisationColours, organisationColour } from '../org-colours';

const ids = Array.from({ length: 16 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

describe('organisation colours', () => {
  it('gives up to 16 organisations 16 different colours', () => {
    const colours = assignOrganisationColours(ids);
    expect(new Set(colours.values()).size).toBe(16);
  });

  it('does not depend on the order the organisations come in', () => {
    const forward = assignOrganisationColours(ids);
    const backward = assignOrganisationColours([...ids].reverse());
    for (const id of ids) expect(backward.get(id)).toBe(forward.get(id));
  });

  it('is a pure function of the id without a known set', () => {
    expect(organisationColour(ids[3]!)).toBe(organisationColour(ids[3]!));
    expect(organisationColour(ids[3]!)).toMatch(/^#[0-9a-f]{6}$/);
  });
});

import { createContext, useContext } from 'react';

/**
 * A stable colour per organisation, the same on every tab and every visit. Colours are chosen
 * to stay apart from the status colours: no red (a failed card) and no light grey (drained, or
 * another tenant's card).
 */
/** Most distinct first: a small set of organisations only uses the top of the list. */
const PALETTE = [
  '#1677ff',
  '#fa8c16',
  '#52c41a',
  '#722ed1',
  '#eb2f96',
  '#13c2c2',
  '#fadb14',
  '#8c5a2b',
  '#002c8c',
  '#a0d911',
  '#434343',
  '#006d75',
  '#5b8c00',
  '#9e1068',
  '#85a5ff',
  '#ffadd2',
] as const;

function hash(text: string): number {
  // FNV-1a, 32 bit
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The colour from the id alone (used when the set of organisations is not known). */
export function organisationColour(organisationId: string): string {
  return PALETTE[hash(organisationId) % PALETTE.length]!;
}

/**
 * Colours for a known set of organisations (the centre's customers): in id order each takes the
 * next colour of the palette, so up to 16 organisations never share one and the most distinct
 * colours are used first. The same set always gives the same colours.
 */
export function assignOrganisationColours(ids: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(ids)].sort();
  return new Map(sorted.map((id, i) => [id, i < PALETTE.length ? PALETTE[i]! : organisationColour(id)]));
}

export type OrganisationColours = (organisationId: string) => string;

export const OrganisationColoursContext = createContext<OrganisationColours>(organisationColour);

export function useOrganisationColours(): OrganisationColours {
  return useContext(OrganisationColoursContext);
}

/** Another tenant's card, seen by a founder: occupied, owner not shown. */
export const OCCUPIED_COLOUR = '#8c9bb0';

import { createContext, useContext } from 'react';

/**
 * A stable colour per organisation, the same on every tab and every visit. A categorical palette
 * (after Kelly's and Tableau's): one colour per hue family, so no two read as "the same blue";
 * no red (a failed card) and no grey (drained, or another tenant's card). Most distinct first: a
 * small set of organisations only uses the top of the list. The spec checks the distances.
 */
export const PALETTE = [
  '#1f6fd1', // blue
  '#f28e1c', // orange
  '#2ca02c', // green
  '#8e44ad', // purple
  '#e377c2', // pink
  '#17becf', // cyan
  '#f2cb05', // yellow
  '#8c564b', // brown
  '#bcbd22', // olive
  '#0b3d91', // navy
  '#ff9da7', // salmon pink
  '#00876c', // teal
  '#ffd8b1', // apricot
  '#6b0f5a', // plum
  '#000000', // black
  '#b2df8a', // pale green
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

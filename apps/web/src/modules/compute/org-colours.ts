import { createContext, useContext } from 'react';

/**
 * A stable colour per organisation, the same on every tab and every visit. Colours are chosen
 * to stay apart from the status colours: no red (a failed card) and no grey (drained or another
 * tenant's card).
 */
const PALETTE = [
  '#1677ff',
  '#fa8c16',
  '#52c41a',
  '#722ed1',
  '#13c2c2',
  '#eb2f96',
  '#fadb14',
  '#8c5a2b',
  '#003eb3',
  '#a0d911',
  '#006d75',
  '#ad6800',
  '#5b8c00',
  '#9e1068',
  '#85a5ff',
  '#d3adf7',
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
 * Colours for a known set of organisations: each takes its hashed slot, or the next free one on
 * a collision (in id order), so up to 16 organisations never share a colour and adding one
 * moves no one else unless it collides.
 */
export function assignOrganisationColours(ids: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(ids)].sort((a, b) => hash(a) - hash(b) || a.localeCompare(b));
  const taken = new Set<number>();
  const colours = new Map<string, string>();
  for (const id of sorted) {
    let slot = hash(id) % PALETTE.length;
    if (taken.size < PALETTE.length) {
      while (taken.has(slot)) slot = (slot + 1) % PALETTE.length;
      taken.add(slot);
    }
    colours.set(id, PALETTE[slot]!);
  }
  return colours;
}

export type OrganisationColours = (organisationId: string) => string;

export const OrganisationColoursContext = createContext<OrganisationColours>(organisationColour);

export function useOrganisationColours(): OrganisationColours {
  return useContext(OrganisationColoursContext);
}

/** Another tenant's card, seen by a founder: occupied, owner not shown. */
export const OCCUPIED_COLOUR = '#8c9bb0';

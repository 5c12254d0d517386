/**
 * A stable colour per organisation: the same organisation gets the same colour on every screen
 * and every visit (a hash of its id into a palette chosen to stay apart from the status colours:
 * no red, which means a failed card, and no grey, which means drained or anonymised).
 */
const PALETTE = [
  '#1677ff',
  '#13c2c2',
  '#722ed1',
  '#fa8c16',
  '#52c41a',
  '#eb2f96',
  '#2f54eb',
  '#faad14',
  '#08979c',
  '#9254de',
  '#d4b106',
  '#389e0d',
  '#c41d7f',
  '#0958d9',
  '#d46b08',
  '#531dab',
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

export function organisationColour(organisationId: string): string {
  return PALETTE[hash(organisationId) % PALETTE.length]!;
}

/** Another tenant's card, seen by a founder: occupied, owner not shown. */
export const OCCUPIED_COLOUR = '#8c9bb0';

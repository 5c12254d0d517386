import type { GridNode } from './cluster-grid-model';

export type NodeHolder = NonNullable<GridNode['cards'][number]['holder']>;

/** A node's cards in figures: held, failed, and each allocation on it with its card count (in card order). */
export function nodeFigures(node: GridNode | null): { held: number; failed: number; holders: { holder: NodeHolder; cards: number }[] } {
  const holders = new Map<string, { holder: NodeHolder; cards: number }>();
  let held = 0;
  let failed = 0;
  for (const card of node?.cards ?? []) {
    if (card.health === 'FAILED') failed += 1;
    if (!card.holder) continue;
    held += 1;
    const entry = holders.get(card.holder.allocationId);
    if (entry) entry.cards += 1;
    else holders.set(card.holder.allocationId, { holder: card.holder, cards: 1 });
  }
  return { held, failed, holders: [...holders.values()] };
}

import type { GridNode } from './cluster-grid-model';

/** Why a node cannot be retired yet, or null when it can (the API checks again under the cluster lock). */
export type RetireBlocker = 'notDrained' | 'busy' | null;

export function retireBlocker(node: Pick<GridNode, 'drained' | 'cards'>): RetireBlocker {
  if (!node.drained) return 'notDrained';
  if (node.cards.some((card) => card.holder !== null && card.holder !== undefined)) return 'busy';
  return null;
}

import type { PassContext } from '../pass.js';

/**
 * An organisation's fair share is the cluster's cards split by weight among the organisations
 * that currently want cards (waiting or holding). Its load is the cards it holds now plus its
 * decayed recent usage expressed in cards; above its share it is "over its fair share".
 */
export class FairShare {
  private readonly totalWeight: number;
  private readonly totalCards: number;

  constructor(private readonly ctx: PassContext) {
    const active = new Set<string>();
    for (const rank of ctx.queue.classRanksDescending()) for (const org of ctx.queue.orgQueues(rank).keys()) active.add(org);
    for (const [org, held] of ctx.state.orgHeld) if (held > 0) active.add(org);
    let weight = 0;
    for (const org of active) weight += this.weight(org);
    this.totalWeight = weight;
    let cards = 0;
    for (const type of ctx.state.types.values()) cards += type.healthyCards;
    this.totalCards = cards;
  }

  weight(orgId: string): number {
    const w = this.ctx.orgs.get(orgId)?.weight;
    return w != null && w > 0 ? w : 1;
  }

  shareCards(orgId: string): number {
    return this.totalWeight > 0 ? (this.totalCards * this.weight(orgId)) / this.totalWeight : this.totalCards;
  }

  /**
   * Cards held now and recent average use count half each: a firm bursting above its share
   * right now and a firm that used the cluster heavily all week both rank lower.
   */
  loadCards(orgId: string): number {
    const mode = (globalThis as { __LOAD?: string }).__LOAD ?? 'avg';
    const held = this.ctx.state.held(orgId);
    const recent = this.ctx.orgs.get(orgId)?.recentCards ?? 0;
    if (mode === 'max') return Math.max(held, recent);
    if (mode === 'recent') return recent;
    if (mode === 'sum') return held + recent;
    return (held + recent) / 2;
  }

  /** load / share: above 1 the organisation is over its fair share. */
  ratio(orgId: string): number {
    return this.loadCards(orgId) / this.shareCards(orgId);
  }

  /** log2 of the ratio, floored so an idle organisation's jobs still sort by their size. */
  orderLog(orgId: string): number {
    return Math.log2(Math.max(this.ratio(orgId), this.ctx.config.fairShareFloor));
  }
}

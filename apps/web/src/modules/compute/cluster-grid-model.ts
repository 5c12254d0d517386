import type { ClusterGridQuery } from '../../gql/graphql';
import { OCCUPIED_COLOUR, type OrganisationColours } from './org-colours';

export type GridCluster = ClusterGridQuery['clusters'][number];
export type GridNode = GridCluster['nodes'][number];
export type GridCard = GridNode['cards'][number];

export type CardStatus = 'free' | 'busy' | 'drained' | 'failed';

export function cardStatus(card: GridCard): CardStatus {
  if (card.health === 'FAILED') return 'failed';
  if (card.holder) return 'busy';
  if (card.health === 'DRAINED') return 'drained';
  return 'free';
}

/** Background of a held card: its organisation's colour, or neutral when the holder is anonymised. */
export function holderColour(card: GridCard, colours: OrganisationColours): string | undefined {
  const holder = card.holder;
  if (!holder) return undefined;
  return holder.organisationId ? colours(holder.organisationId) : OCCUPIED_COLOUR;
}

export interface LegendOrganisation {
  id: string;
  name: string;
  colour: string;
  cards: number;
}

export interface TypeFigures {
  cardType: string;
  nodes: number;
  total: number;
  busy: number;
  free: number;
  drained: number;
  failed: number;
}

export interface GridSummary {
  byType: TypeFigures[];
  organisations: LegendOrganisation[];
  anonymousCards: number;
  underNotice: number;
}

/** Per card type figures and the organisations holding cards (largest first), for headings and the legend. */
export function summarise(cluster: GridCluster, colours: OrganisationColours): GridSummary {
  const types = new Map<string, TypeFigures>();
  for (const cardType of cluster.cardTypes) types.set(cardType, { cardType, nodes: 0, total: 0, busy: 0, free: 0, drained: 0, failed: 0 });
  const organisations = new Map<string, LegendOrganisation>();
  let anonymousCards = 0;
  let underNotice = 0;
  for (const node of cluster.nodes) {
    let figures = types.get(node.cardType);
    if (!figures) {
      figures = { cardType: node.cardType, nodes: 0, total: 0, busy: 0, free: 0, drained: 0, failed: 0 };
      types.set(node.cardType, figures);
    }
    figures.nodes += 1;
    for (const card of node.cards) {
      figures.total += 1;
      figures[cardStatus(card)] += 1;
      const holder = card.holder;
      if (!holder) continue;
      if (holder.underNotice) underNotice += 1;
      if (!holder.organisationId) {
        anonymousCards += 1;
        continue;
      }
      const entry = organisations.get(holder.organisationId);
      if (entry) entry.cards += 1;
      else
        organisations.set(holder.organisationId, {
          id: holder.organisationId,
          name: holder.organisationName ?? holder.organisationId,
          colour: colours(holder.organisationId),
          cards: 1,
        });
    }
  }
  return {
    byType: [...types.values()],
    organisations: [...organisations.values()].sort((a, b) => b.cards - a.cards || a.name.localeCompare(b.name)),
    anonymousCards,
    underNotice,
  };
}

/** A node's cards split into its interconnect domains, in card order. */
export function domainsOf(node: GridNode): GridCard[][] {
  const byDomain = new Map<number, GridCard[]>();
  for (const card of [...node.cards].sort((a, b) => a.index - b.index)) {
    const list = byDomain.get(card.domainIndex);
    if (list) list.push(card);
    else byDomain.set(card.domainIndex, [card]);
  }
  return [...byDomain.entries()].sort((a, b) => a[0] - b[0]).map(([, cards]) => cards);
}

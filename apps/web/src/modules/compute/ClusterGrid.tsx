import { memo, useCallback, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/lib/datetime';
import { cardStatus, domainsOf, holderColour, type GridCard, type GridCluster, type GridNode } from './cluster-grid-model';
import { useOrganisationColours, type OrganisationColours } from './org-colours';

interface Props {
  cluster: GridCluster;
  /** Staff open a node to drain or restore it; omitted = read-only grid. */
  onNodeClick?: (node: GridNode) => void;
}

interface Hover {
  card: GridCard;
  node: GridNode;
  x: number;
  y: number;
}

/**
 * Every node and card of a cluster as plain divs (1,264 cards in the demo): no antd component per
 * card and one shared tooltip driven by event delegation, so hovering never re-renders the grid.
 */
export function ClusterGrid({ cluster, onNodeClick }: Props) {
  const [hover, setHover] = useState<Hover | null>(null);
  const colours = useOrganisationColours();
  const wrapper = useRef<HTMLDivElement>(null);
  const index = useMemo(() => {
    const map = new Map<string, { card: GridCard; node: GridNode }>();
    for (const node of cluster.nodes) for (const card of node.cards) map.set(card.id, { card, node });
    return map;
  }, [cluster]);

  const onMouseOver = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>('[data-card-id]');
      const found = target ? index.get(target.dataset['cardId'] ?? '') : undefined;
      if (!target || !found) {
        setHover(null);
        return;
      }
      const box = target.getBoundingClientRect();
      const outer = wrapper.current?.getBoundingClientRect();
      setHover({ ...found, x: box.left - (outer?.left ?? 0) + box.width / 2, y: box.top - (outer?.top ?? 0) });
    },
    [index],
  );

  return (
    <div className="cluster-grid" ref={wrapper} onMouseOver={onMouseOver} onMouseLeave={() => setHover(null)} data-testid="cluster-grid">
      <NodeGroups cluster={cluster} onNodeClick={onNodeClick} colours={colours} />
      {hover && <CardTooltip hover={hover} />}
    </div>
  );
}

const NodeGroups = memo(function NodeGroups({ cluster, onNodeClick, colours }: Props & { colours: OrganisationColours }) {
  const { t } = useTranslation();
  const groups = useMemo(() => {
    const byType = new Map<string, GridNode[]>();
    for (const cardType of cluster.cardTypes) byType.set(cardType, []);
    for (const node of cluster.nodes) {
      const list = byType.get(node.cardType);
      if (list) list.push(node);
      else byType.set(node.cardType, [node]);
    }
    for (const list of byType.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
    return [...byType.entries()].filter(([, nodes]) => nodes.length > 0);
  }, [cluster]);

  return (
    <>
      {groups.map(([cardType, nodes]) => {
        let busy = 0;
        let total = 0;
        for (const node of nodes) for (const card of node.cards) {
          total += 1;
          if (card.holder) busy += 1;
        }
        return (
          <section key={cardType} className="grid-type" data-testid="grid-card-type" data-card-type={cardType}>
            <div className="grid-type-head">
              <strong>{cardType}</strong>
              <span className="grid-type-figures">
                {t('compute.typeFigures', {
                  nodes: nodes.length,
                  busy,
                  total,
                  percent: total === 0 ? 0 : Math.round((busy / total) * 100),
                })}
              </span>
            </div>
            <div className="grid-nodes">
              {nodes.map((node) => (
                <NodeCell key={node.id} node={node} onNodeClick={onNodeClick} colours={colours} />
              ))}
            </div>
          </section>
        );
      })}
    </>
  );
});

function NodeCell({ node, onNodeClick, colours }: { node: GridNode; onNodeClick?: (node: GridNode) => void; colours: OrganisationColours }) {
  const failed = node.cards.some((card) => card.health === 'FAILED');
  const name = onNodeClick ? (
    <button type="button" className="grid-node-name" onClick={() => onNodeClick(node)} data-testid="grid-node-open" title={node.drainReason ?? node.name}>
      {node.name}
    </button>
  ) : (
    <span className="grid-node-name" title={node.name}>
      {node.name}
    </span>
  );
  return (
    <div
      className={`grid-node${node.drained ? ' grid-node-drained' : ''}${failed ? ' grid-node-failed' : ''}`}
      data-testid={`grid-node-${node.id}`}
      data-node-name={node.name}
      data-drained={node.drained}
    >
      {name}
      <div className="grid-node-cards">
        {domainsOf(node).map((cards, domain) => (
          <div className="grid-domain" key={domain}>
            {cards.map((card) => (
              <CardCell key={card.id} card={card} colour={holderColour(card, colours)} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

function CardCell({ card, colour }: { card: GridCard; colour: string | undefined }) {
  const status = cardStatus(card);
  const classes = ['grid-card', `grid-card-${status}`];
  if (card.health === 'DRAINED' && card.holder) classes.push('grid-card-draining');
  if (card.holder?.underNotice) classes.push('grid-card-notice');
  if (card.holder?.mine) classes.push('grid-card-mine');
  return <span className={classes.join(' ')} style={colour ? { backgroundColor: colour } : undefined} data-card-id={card.id} data-status={status} />;
}

function CardTooltip({ hover }: { hover: Hover }) {
  const { t } = useTranslation();
  const { card, node } = hover;
  const holder = card.holder;
  const rows: [string, ReactNode][] = [
    [t('compute.tipCard'), `${node.name} · #${card.index} · ${card.memoryGb} GB`],
    [t('compute.tipHealth'), t(`enums.CardHealth.${card.health}`)],
  ];
  if (node.drained && node.drainReason) rows.push([t('compute.tipDrainReason'), node.drainReason]);
  if (holder) {
    rows.push([t('compute.tipOrganisation'), holder.organisationName ?? (holder.mine ? t('compute.mine') : t('compute.occupied'))]);
    if (holder.projectName) rows.push([t('compute.tipProject'), holder.projectName]);
    rows.push([t('compute.tipSince'), formatDateTime(holder.since)]);
    rows.push([t('compute.tipEndsAt'), formatDateTime(holder.endsAt)]);
    if (holder.underNotice) rows.push([t('compute.tipNotice'), t('compute.underNotice')]);
  } else {
    rows.push([t('compute.tipHolder'), card.health === 'HEALTHY' ? t('compute.free') : '—']);
  }
  return (
    <div className="grid-tooltip" style={{ left: hover.x, top: hover.y }} role="tooltip" data-testid="grid-tooltip">
      {rows.map(([label, value]) => (
        <div key={label} className="grid-tooltip-row">
          <span className="grid-tooltip-label">{label}</span>
          <span>{value}</span>
        </div>
      ))}
    </div>
  );
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { tenantOf, type Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import type { Connection } from '../../common/pagination/connection.js';
import { connectionOfList } from '../../common/pagination/page-of.js';
import { MATCHMAKING_CLOCK, type Clock } from '../clock.js';
import type { IntroductionsArgs, MatchNeedsArgs, MatchResourcesArgs } from '../dto/matchmaking.inputs.js';
import { IntroductionEntity } from '../entities/introduction.entity.js';
import { MatchNeedEntity } from '../entities/match-need.entity.js';
import { MatchResourceEntity } from '../entities/match-resource.entity.js';
import { PERIOD_LABELS } from '../matchmaking-rules.js';
import type { ResourceCapacityUse, ResourceConflict } from '../models/match-resource.model.js';
import { isMatchmakingManager, visibleIntroductionsWhere, visibleResourcesWhere } from './matchmaking-access.js';

/** Lists are at most this long: the demo and a centre's real book fit many times over. */
const LIST_LIMIT = 2000;

/** What the caller may read of matchmaking: managers everything, founders their organisation's, owners their resources'. */
@Injectable()
export class MatchmakingQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MATCHMAKING_CLOCK) private readonly clock: Clock,
  ) {}

  async resources(actor: Actor, args: MatchResourcesArgs): Promise<Connection<MatchResourceEntity>> {
    const query = this.dataSource.getRepository(MatchResourceEntity).createQueryBuilder('r').orderBy('r.kind').addOrderBy('r.name').addOrderBy('r.id').limit(LIST_LIMIT);
    const visible = visibleResourcesWhere(actor);
    if (visible) query.andWhere(visible.sql, visible.params);
    if (args.kind?.length) query.andWhere('r.kind IN (:...kind)', { kind: args.kind });
    return connectionOfList(await query.getMany(), args);
  }

  resource(actor: Actor, id: string): Promise<MatchResourceEntity | null> {
    const query = this.dataSource.getRepository(MatchResourceEntity).createQueryBuilder('r').where('r.id = :id', { id });
    const visible = visibleResourcesWhere(actor);
    if (visible) query.andWhere(visible.sql, visible.params);
    return query.getOne();
  }

  /** A resource reached through an introduction the caller may see: no further filter. */
  resourceOfIntroduction(id: string): Promise<MatchResourceEntity | null> {
    return this.dataSource.getRepository(MatchResourceEntity).findOneBy({ id });
  }

  async needs(actor: Actor, args: MatchNeedsArgs): Promise<Connection<MatchNeedEntity>> {
    const query = this.dataSource.getRepository(MatchNeedEntity).createQueryBuilder('n').orderBy('n.created_at', 'DESC').addOrderBy('n.id').limit(LIST_LIMIT);
    const tenant = tenantOf(actor);
    if (tenant) {
      // A founder naming another startup gets an error, not an empty page that reads as "none".
      if (args.organisationId && args.organisationId !== tenant) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such organisation', ['organisationId']);
      query.andWhere('n.organisation_id = :tenant', { tenant });
    } else if (!isMatchmakingManager(actor)) {
      return connectionOfList([], args);
    } else if (args.organisationId) {
      query.andWhere('n.organisation_id = :org', { org: args.organisationId });
    }
    if (args.state?.length) query.andWhere('n.state IN (:...state)', { state: args.state });
    return connectionOfList(await query.getMany(), args);
  }

  /** One need: founders their organisation's, resource owners those of their introductions, managers any. */
  async need(actor: Actor, id: string): Promise<MatchNeedEntity | null> {
    const need = await this.dataSource.getRepository(MatchNeedEntity).findOneBy({ id });
    if (!need) return null;
    if (isMatchmakingManager(actor)) return need;
    const tenant = tenantOf(actor);
    if (tenant && need.organisationId === tenant) return need;
    const visible = visibleIntroductionsWhere(actor)!;
    const reached = await this.dataSource.getRepository(IntroductionEntity).createQueryBuilder('i').innerJoin(MatchResourceEntity, 'r', 'r.id = i.resource_id')
      .where('i.need_id = :id', { id }).andWhere(visible.sql, visible.params).getCount();
    return reached > 0 ? need : null;
  }

  async introductions(actor: Actor, args: IntroductionsArgs): Promise<Connection<IntroductionEntity>> {
    const query = this.dataSource.getRepository(IntroductionEntity).createQueryBuilder('i').innerJoin(MatchResourceEntity, 'r', 'r.id = i.resource_id')
      .orderBy('i.proposed_at', 'DESC').addOrderBy('i.id').limit(LIST_LIMIT);
    const visible = visibleIntroductionsWhere(actor);
    if (visible) query.andWhere(visible.sql, visible.params);
    if (args.status?.length) query.andWhere('i.status IN (:...status)', { status: args.status });
    if (args.needId) query.andWhere('i.need_id = :needId', { needId: args.needId });
    if (args.resourceId) query.andWhere('i.resource_id = :resourceId', { resourceId: args.resourceId });
    return connectionOfList(await query.getMany(), args);
  }

  introduction(actor: Actor, id: string): Promise<IntroductionEntity | null> {
    const query = this.dataSource.getRepository(IntroductionEntity).createQueryBuilder('i').innerJoin(MatchResourceEntity, 'r', 'r.id = i.resource_id').where('i.id = :id', { id });
    const visible = visibleIntroductionsWhere(actor);
    if (visible) query.andWhere(visible.sql, visible.params);
    return query.getOne();
  }

  /** The introductions of a need the caller may see (a resource owner: only their own resources’). */
  async introductionsOfNeed(actor: Actor, needId: string): Promise<IntroductionEntity[]> {
    return (await this.introductions(actor, { needId, first: LIST_LIMIT })).edges.map((e) => e.node);
  }

  async capacityUse(resource: Pick<MatchResourceEntity, 'id' | 'capacity' | 'capacityPeriod'>): Promise<ResourceCapacityUse> {
    const rows: { used: number }[] = await this.dataSource.query('SELECT match_capacity_used($1, $2) AS used', [resource.id, this.clock.now()]);
    const taken = Number(rows[0]!.used);
    const label = PERIOD_LABELS[resource.capacityPeriod];
    return { capacity: resource.capacity, taken, left: Math.max(0, resource.capacity - taken), periodLabelZh: label['zh-CN'], periodLabelEn: label.en };
  }

  async conflicts(resourceId: string): Promise<ResourceConflict[]> {
    const rows: { organisation_id: string; name: string; reason: ResourceConflict['reason'] }[] = await this.dataSource.query(
      `SELECT c.organisation_id, o.name, c.reason FROM match_resource_conflicts c JOIN organisations o ON o.id = c.organisation_id WHERE c.resource_id = $1 ORDER BY o.name`,
      [resourceId],
    );
    return rows.map((r) => ({ organisationId: r.organisation_id, organisationName: r.name, reason: r.reason }));
  }

  async competitorsOf(actor: Actor, organisationId: string): Promise<string[]> {
    const tenant = tenantOf(actor);
    if ((tenant && tenant !== organisationId) || (!tenant && !isMatchmakingManager(actor))) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such organisation', ['organisationId']);
    const rows: { competitor_organisation_id: string }[] = await this.dataSource.query(
      'SELECT competitor_organisation_id FROM organisation_competitors WHERE organisation_id = $1 ORDER BY competitor_organisation_id', [organisationId],
    );
    return rows.map((r) => r.competitor_organisation_id);
  }
}

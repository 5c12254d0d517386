import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { tenantOf, type Actor } from '../../common/access/actor.js';
import { paginate } from '../../common/pagination/paginate.js';
import type { AllocationRequestsArgs } from '../dto/allocation-inputs.js';
import { AllocationRequestEntity } from '../entities/allocation-request.entity.js';
import { CARD_HOURS_SQL } from '../sql/metering.sql.js';

export interface UsageRow {
  day: string;
  cardHours: number;
}

export interface ProjectUsageRow {
  projectId: string;
  organisationId: string;
  cardHours: number;
}

@Injectable()
export class AllocationQueriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private visible(actor: Actor) {
    const query = this.dataSource.getRepository(AllocationRequestEntity).createQueryBuilder('r');
    const tenant = tenantOf(actor);
    if (tenant) query.andWhere('r.organisation_id = :tenant', { tenant });
    return query;
  }

  list(actor: Actor, args: AllocationRequestsArgs) {
    const query = this.visible(actor);
    if (args.states?.length) query.andWhere('r.state IN (:...states)', { states: args.states });
    if (args.projectId) query.andWhere('r.project_id = :projectId', { projectId: args.projectId });
    if (args.organisationId) query.andWhere('r.organisation_id = :organisationId', { organisationId: args.organisationId });
    return paginate(query, args);
  }

  findVisible(actor: Actor, id: string) {
    return this.visible(actor).andWhere('r.id = :id', { id }).getOne();
  }

  /**
   * Waiting requests in the policy's order. Positions are global (a founder learns how many wait
   * ahead), but a founder only ever sees its own requests in the list.
   */
  queue(actor: Actor, clusterId: string, cardType: string | null, limit: number) {
    const query = this.visible(actor)
      .andWhere('r.cluster_id = :clusterId', { clusterId })
      .andWhere(`r.state = 'QUEUED'`)
      .orderBy('r.card_type', 'ASC')
      .addOrderBy('r.queue_position', 'ASC', 'NULLS LAST')
      .addOrderBy('r.created_at', 'ASC')
      .take(limit);
    if (cardType) query.andWhere('r.card_type = :cardType', { cardType });
    return query.getMany();
  }

  /** Card-hours metered per day (Asia/Shanghai calendar days) over the last `days`, for a tenant or all. */
  async dailyUsage(actor: Actor, organisationId: string | null, days: number): Promise<UsageRow[]> {
    const org = tenantOf(actor) ?? organisationId;
    const rows: { day: string; card_hours: string }[] = await this.dataSource.query(
      `WITH span AS (
         SELECT generate_series(date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') - make_interval(days => $2 - 1),
                                date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai'), interval '1 day') AS day
       )
       SELECT to_char(s.day, 'YYYY-MM-DD') AS day,
              coalesce(sum(r.cards * extract(epoch FROM
                 least(coalesce(r.finished_at, now()), (s.day + interval '1 day') AT TIME ZONE 'Asia/Shanghai')
                 - greatest(r.started_at, s.day AT TIME ZONE 'Asia/Shanghai')) / 3600.0)
                 FILTER (WHERE r.id IS NOT NULL), 0) AS card_hours
       FROM span s
       LEFT JOIN allocation_requests r
         ON r.started_at IS NOT NULL
        AND ($1::uuid IS NULL OR r.organisation_id = $1::uuid)
        AND r.started_at < (s.day + interval '1 day') AT TIME ZONE 'Asia/Shanghai'
        AND coalesce(r.finished_at, now()) > s.day AT TIME ZONE 'Asia/Shanghai'
       GROUP BY s.day ORDER BY s.day`,
      [org, days],
    );
    return rows.map((r) => ({ day: r.day, cardHours: Number(Number(r.card_hours).toFixed(3)) }));
  }

  /** Metered card-hours per project, all time, from the allocation rows themselves. */
  async projectUsage(actor: Actor, organisationId: string | null): Promise<ProjectUsageRow[]> {
    const org = tenantOf(actor) ?? organisationId;
    const rows: { project_id: string; organisation_id: string; card_hours: string }[] = await this.dataSource.query(
      `SELECT project_id, organisation_id,
              sum(${CARD_HOURS_SQL}) AS card_hours
       FROM allocation_requests
       WHERE started_at IS NOT NULL AND ($1::uuid IS NULL OR organisation_id = $1::uuid)
       GROUP BY project_id, organisation_id ORDER BY card_hours DESC`,
      [org],
    );
    return rows.map((r) => ({ projectId: r.project_id, organisationId: r.organisation_id, cardHours: Number(Number(r.card_hours).toFixed(3)) }));
  }
}


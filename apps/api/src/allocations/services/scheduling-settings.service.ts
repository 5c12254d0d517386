import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity.js';
import { OrganisationSchedulingEntity } from '../entities/organisation-scheduling.entity.js';
import { SchedulerService } from '../scheduler/scheduler.service.js';

export interface OrganisationSchedulingRow {
  organisationId: string;
  weight: number;
  quotaCards: number | null;
  runningCards: number;
  queuedRequests: number;
  cardHours7d: number;
}

/** Managers' fair-share weights and quotas per organisation, with the load each one puts on the cluster. */
@Injectable()
export class SchedulingSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SchedulerService) private readonly scheduler: SchedulerService,
  ) {}

  async list(): Promise<OrganisationSchedulingRow[]> {
    const rows: { id: string; weight: string | null; quota_cards: number | null; running: string; queued: string; hours: string }[] =
      await this.dataSource.query(
        `SELECT o.id, s.weight, s.quota_cards,
                coalesce(sum(r.cards) FILTER (WHERE r.state = 'RUNNING'), 0) AS running,
                count(r.id) FILTER (WHERE r.state = 'QUEUED') AS queued,
                coalesce(sum(r.cards * extract(epoch FROM (coalesce(r.finished_at, now()) - greatest(r.started_at, now() - interval '7 days'))) / 3600.0)
                  FILTER (WHERE r.started_at IS NOT NULL AND coalesce(r.finished_at, now()) > now() - interval '7 days'), 0) AS hours
         FROM organisations o
         LEFT JOIN organisation_scheduling s ON s.organisation_id = o.id
         LEFT JOIN allocation_requests r ON r.organisation_id = o.id
         WHERE o.kind <> 'CENTRE'
         GROUP BY o.id, s.weight, s.quota_cards
         ORDER BY o.name`,
      );
    return rows.map((r) => ({
      organisationId: r.id,
      weight: r.weight ? Number(r.weight) : 1,
      quotaCards: r.quota_cards,
      runningCards: Number(r.running),
      queuedRequests: Number(r.queued),
      cardHours7d: Number(Number(r.hours).toFixed(2)),
    }));
  }

  async set(organisationId: string, weight: number, quotaCards: number | null): Promise<{ organisationId: string }> {
    if (!(await this.dataSource.getRepository(OrganisationEntity).existsBy({ id: organisationId }))) {
      throw new DomainError(UserErrorCode.NOT_FOUND, 'No such organisation', ['organisationId']);
    }
    await this.dataSource
      .getRepository(OrganisationSchedulingEntity)
      .upsert({ organisationId, weight: weight.toFixed(2), quotaCards }, ['organisationId']);
    // The queue reorders at once, so the manager sees the effect.
    await this.scheduler.passAllClusters();
    return { organisationId };
  }
}

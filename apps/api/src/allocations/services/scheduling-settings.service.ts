import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { checkSchedulingSettings } from '@suanli/domain';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { OrganisationEntity } from '../../organisations/index.js';
import { OrganisationSchedulingEntity } from '../entities/organisation-scheduling.entity.js';
import { SchedulerService } from '../scheduler/scheduler.service.js';
import { refuseOnProblems } from './request-problems.js';
import { UrgencyService } from '../urgency/urgency.service.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';

export interface OrganisationSchedulingRow {
  organisationId: string;
  weight: number;
  quotaCards: number | null;
  runningCards: number;
  queuedRequests: number;
  cardHours7d: number;
  urgentCardHoursPerMonth: number;
  urgentCardHoursUsed: number;
  maxOpenRequests: number | null;
  openRequestLimit: number;
}

export interface SchedulingSettingsChange {
  weight: number;
  quotaCards: number | null;
  /** Omitted: unchanged. */
  urgentCardHoursPerMonth?: number;
  /** Omitted: unchanged; null: the centre default. */
  maxOpenRequests?: number | null;
}

/** Managers' fair-share weights, quotas, urgent budgets and open-request caps per organisation, with each one's load. */
@Injectable()
export class SchedulingSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SchedulerService) private readonly scheduler: SchedulerService,
    @Inject(UrgencyService) private readonly urgency: UrgencyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(): Promise<OrganisationSchedulingRow[]> {
    const rows: {
      id: string; weight: string | null; quota_cards: number | null; urgent: number | null; max_open: number | null;
      running: string; queued: string; hours: string;
    }[] =
      await this.dataSource.query(
        `SELECT o.id, s.weight, s.quota_cards, s.urgent_card_hours_per_month AS urgent, s.max_open_requests AS max_open,
                coalesce(sum(r.cards) FILTER (WHERE r.state = 'RUNNING'), 0) AS running,
                count(r.id) FILTER (WHERE r.state = 'QUEUED') AS queued,
                coalesce(sum(r.cards * extract(epoch FROM (coalesce(r.finished_at, now()) - greatest(r.started_at, now() - interval '7 days'))) / 3600.0)
                  FILTER (WHERE r.started_at IS NOT NULL AND coalesce(r.finished_at, now()) > now() - interval '7 days'), 0) AS hours
         FROM organisations o
         LEFT JOIN organisation_scheduling s ON s.organisation_id = o.id
         LEFT JOIN allocation_requests r ON r.organisation_id = o.id
         WHERE o.kind <> 'CENTRE'
         GROUP BY o.id, s.weight, s.quota_cards, s.urgent_card_hours_per_month, s.max_open_requests
         ORDER BY o.name`,
      );
    const used = new Map((await this.urgency.budgets(rows.map((r) => r.id))).map((b) => [b.organisationId, b.usedCardHours]));
    return rows.map((r) => ({
      organisationId: r.id,
      urgentCardHoursPerMonth: r.urgent ?? 0,
      urgentCardHoursUsed: used.get(r.id) ?? 0,
      maxOpenRequests: r.max_open,
      openRequestLimit: r.max_open ?? this.config.maxOpenRequestsPerOrg,
      weight: r.weight ? Number(r.weight) : 1,
      quotaCards: r.quota_cards,
      runningCards: Number(r.running),
      queuedRequests: Number(r.queued),
      cardHours7d: Number(Number(r.hours).toFixed(2)),
    }));
  }

  async set(organisationId: string, change: SchedulingSettingsChange): Promise<{ organisationId: string }> {
    const { weight, quotaCards, urgentCardHoursPerMonth, maxOpenRequests } = change;
    if (!(await this.dataSource.getRepository(OrganisationEntity).existsBy({ id: organisationId }))) {
      throw new DomainError(UserErrorCode.NOT_FOUND, 'No such organisation', ['organisationId']);
    }
    refuseOnProblems(checkSchedulingSettings({ weight, quotaCards }, await this.centreCards()));
    await this.dataSource
      .getRepository(OrganisationSchedulingEntity)
      .upsert(
        {
          organisationId,
          weight: weight.toFixed(2),
          quotaCards,
          ...(urgentCardHoursPerMonth === undefined ? {} : { urgentCardHoursPerMonth }),
          ...(maxOpenRequests === undefined ? {} : { maxOpenRequests }),
        },
        ['organisationId'],
      );
    // The queue reorders at once, so the manager sees the effect.
    await this.scheduler.passAllClusters();
    return { organisationId };
  }

  /** Cards on every node in service or drained, in every cluster: the most any quota could use. */
  async centreCards(): Promise<number> {
    const [row]: { cards: string }[] = await this.dataSource.query(
      `SELECT count(*) AS cards FROM cards c JOIN nodes n ON n.id = c.node_id WHERE n.retired_at IS NULL`,
    );
    return Number(row?.cards ?? 0);
  }
}

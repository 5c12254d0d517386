import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addShanghaiMonths, billingPeriodContaining } from '@suanli/domain';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { MATCHMAKING_CLOCK, type Clock } from '../clock.js';
import { DEAL_OUTCOMES, sqlList, type ResourceKind } from '../matchmaking-rules.js';
import type { MatchmakingFunnel } from '../models/funnel.model.js';

const MAX_MONTHS = 36;

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/**
 * The funnel by Shanghai month of proposal and resource kind: proposed → accepted (both sides,
 * counting those that went on) → met → deal (DEAL, PILOT or INVESTMENT: anything but NO_DEAL).
 * An introduction stays in the month it was proposed as it moves down the funnel.
 */
@Injectable()
export class MatchmakingFunnelService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MATCHMAKING_CLOCK) private readonly clock: Clock,
  ) {}

  async funnel(args: { fromMonth?: string | null; toMonth?: string | null }): Promise<MatchmakingFunnel> {
    const toMonth = args.toMonth ?? billingPeriodContaining(this.clock.now()).month;
    const fromMonth = args.fromMonth ?? billingPeriodContaining(addShanghaiMonths(billingPeriodContaining(this.clock.now()).start, -11)).month;
    if (monthIndex(fromMonth) > monthIndex(toMonth)) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'fromMonth is after toMonth', ['fromMonth']);
    if (monthIndex(toMonth) - monthIndex(fromMonth) >= MAX_MONTHS) throw new DomainError(UserErrorCode.VALIDATION_FAILED, `At most ${MAX_MONTHS} months at once`, ['fromMonth']);
    const rows: { month: string; kind: ResourceKind; proposed: number; accepted: number; declined: number; met: number; deals: number }[] = await this.dataSource.query(
      `SELECT to_char(i.proposed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, r.kind,
              count(*)::int AS proposed,
              count(*) FILTER (WHERE i.status IN ('ACCEPTED','MET','CONCLUDED'))::int AS accepted,
              count(*) FILTER (WHERE i.status = 'DECLINED')::int AS declined,
              count(*) FILTER (WHERE i.status IN ('MET','CONCLUDED'))::int AS met,
              count(*) FILTER (WHERE i.outcome IN (${sqlList(DEAL_OUTCOMES)}))::int AS deals
         FROM introductions i JOIN match_resources r ON r.id = i.resource_id
        WHERE to_char(i.proposed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') BETWEEN $1 AND $2
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [fromMonth, toMonth],
    );
    return { fromMonth, toMonth, rows };
  }
}

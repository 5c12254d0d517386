import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import type { SatisfactionReport, SatisfactionStats } from '../models/satisfaction-report.model.js';

/** A report spans at most two years: enough for a year-on-year look, small enough to stay one page. */
export const MAX_REPORT_MONTHS = 24;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const monthIndex = (value: string, field: string): number => {
  const match = MONTH.exec(value);
  if (!match) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'A month is written YYYY-MM', [field]);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
};

// The same aggregate for every breakdown; the average is computed in numeric so it is exact before rounding.
const STATS = `count(*)::int AS ratings,
  round(sum(t.satisfaction) * 100.0 / count(*))::int AS "averageScoreHundredths",
  ARRAY[${[1, 2, 3, 4, 5].map((s) => `count(*) FILTER (WHERE t.satisfaction = ${s})::int`).join(', ')}] AS counts,
  count(*) FILTER (WHERE t.satisfaction <= 2)::int AS "lowScores"`;
// Months are Shanghai calendar months of the rating time, bounds included.
const RATED_IN_RANGE = `t.rated_at >= (($1 || '-01')::timestamp AT TIME ZONE 'Asia/Shanghai')
  AND t.rated_at < ((($2 || '-01')::timestamp + interval '1 month') AT TIME ZONE 'Asia/Shanghai')`;

@Injectable()
export class SatisfactionReportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async report(fromMonth: string, toMonth: string): Promise<SatisfactionReport> {
    const from = monthIndex(fromMonth, 'fromMonth');
    const to = monthIndex(toMonth, 'toMonth');
    if (to < from) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'The last month comes before the first', ['toMonth']);
    if (to - from + 1 > MAX_REPORT_MONTHS) throw new DomainError(UserErrorCode.VALIDATION_FAILED, `A report covers at most ${MAX_REPORT_MONTHS} months`, ['toMonth']);
    const params = [fromMonth, toMonth];
    const [byConsultant, byCategory, byMonth] = await Promise.all([
      this.rows<{ consultantId: string | null; consultantName: string | null }>(
        `SELECT t.assignee_id AS "consultantId", u.display_name AS "consultantName", ${STATS}
         FROM tickets t LEFT JOIN users u ON u.id = t.assignee_id WHERE ${RATED_IN_RANGE}
         GROUP BY t.assignee_id, u.display_name ORDER BY ratings DESC, u.display_name NULLS LAST`, params),
      this.rows<{ category: SatisfactionReport['byCategory'][number]['category'] }>(
        `SELECT t.category, ${STATS} FROM tickets t WHERE ${RATED_IN_RANGE} GROUP BY t.category ORDER BY ratings DESC, t.category`, params),
      this.rows<{ month: string }>(
        `SELECT to_char(t.rated_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, ${STATS}
         FROM tickets t WHERE ${RATED_IN_RANGE} GROUP BY 1 ORDER BY 1`, params),
    ]);
    return { fromMonth, toMonth, byConsultant, byCategory, byMonth };
  }

  private rows<K>(sql: string, params: string[]): Promise<(K & SatisfactionStats)[]> {
    return this.dataSource.query(sql, params);
  }
}

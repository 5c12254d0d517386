import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access/access.decorators.js';
import { resultOf } from '../common/graphql/user-error.model.js';
import { SatisfactionReport } from './models/satisfaction-report.model.js';
import { SatisfactionReportService } from './services/satisfaction-report.service.js';

/** Managers' view of founders' ratings; consultants do not see each other's scores. */
@Resolver(() => SatisfactionReport)
export class SatisfactionReportResolver {
  constructor(private readonly reports: SatisfactionReportService) {}

  @Allow('CONSULTING_MANAGE')
  @Query(() => SatisfactionReport, { description: 'Satisfaction by consultant, category and month of rating (Asia/Shanghai), at most 24 months.' })
  satisfactionReport(
    @Args('fromMonth', { description: 'The first month, YYYY-MM.' }) fromMonth: string,
    @Args('toMonth', { description: 'The last month, YYYY-MM, included.' }) toMonth: string,
  ) {
    return resultOf(() => this.reports.report(fromMonth, toMonth));
  }
}

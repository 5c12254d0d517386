import { Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '../../common/access/access.decorators.js';
import type { Actor } from '../../common/access/actor.js';
import { Portfolio } from './models/portfolio.model.js';
import { PortfolioService } from './services/portfolio.service.js';

@Resolver(() => Portfolio)
export class PortfolioResolver {
  constructor(private readonly portfolios: PortfolioService) {}

  @Allow('EQUITY_READ')
  @Query(() => Portfolio, { description: 'The centre’s equity portfolio across startups (centre staff and centre-wide tokens only; founders get FORBIDDEN).' })
  portfolio(@CurrentActor() actor: Actor) {
    return this.portfolios.portfolio(actor);
  }
}

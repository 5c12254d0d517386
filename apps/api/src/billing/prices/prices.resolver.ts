import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '../../common/access/access.decorators.js';
import type { Actor } from '../../common/access/actor.js';
import type { RequestContext } from '../../common/graphql/request-context.js';
import { payloadOf } from '../../common/graphql/user-error.model.js';
import { SetCardPriceInput } from '../dto/price.inputs.js';
import { SetCardPricePayload } from '../dto/billing.payloads.js';
import { CostQuoteArgs } from '../dto/billing.inputs.js';
import { PriceListEntry } from '../models/card-price.model.js';
import { CostQuoteResult } from '../models/voucher.model.js';
import { VoucherQueriesService } from '../vouchers/voucher-queries.service.js';
import { PricesService } from './prices.service.js';

@Resolver()
export class PricesResolver {
  constructor(
    private readonly prices: PricesService,
    private readonly voucherQueries: VoucherQueriesService,
  ) {}

  @Allow('BILLING_READ')
  @Query(() => [PriceListEntry], { description: 'The price per card-hour of every card type: in force now, next, and every version.' })
  priceList() {
    return this.prices.priceList();
  }

  @Allow('BILLING_READ')
  @Query(() => CostQuoteResult, { description: 'What a compute request would cost before it is submitted, with the organisation’s vouchers as they stand now.' })
  costQuote(@CurrentActor() actor: Actor, @Args() args: CostQuoteArgs) {
    return this.voucherQueries.quote(actor, args);
  }

  @Allow('PRICE_WRITE')
  @Mutation(() => SetCardPricePayload, { description: 'Publish a new version of a card type’s price from a date (audited). History is never rewritten; a date inside an invoiced period is refused.' })
  setCardPrice(@CurrentActor() actor: Actor, @Args('input', { description: 'The card type, price, market price and effective date.' }) input: SetCardPriceInput, @Context() ctx: RequestContext) {
    return payloadOf(() => this.prices.setPrice(actor, input, ctx.request?.ip ?? null));
  }
}

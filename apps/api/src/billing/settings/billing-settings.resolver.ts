import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '../../common/access/access.decorators.js';
import type { Actor } from '../../common/access/actor.js';
import type { RequestContext } from '../../common/graphql/request-context.js';
import { payloadOf } from '../../common/graphql/user-error.model.js';
import { BillingSettings, BillingSettingsPayload, UpdateBillingSettingsInput } from './billing-settings.model.js';
import { BillingSettingsService } from './billing-settings.service.js';

@Resolver()
export class BillingSettingsResolver {
  constructor(private readonly settings: BillingSettingsService) {}

  @Allow('BILLING_READ')
  @Query(() => BillingSettings, { description: 'Payment terms and the payer order invoices are split by.' })
  billingSettings() {
    return this.settings.get();
  }

  @Allow('PRICE_WRITE')
  @Mutation(() => BillingSettingsPayload, { description: 'Change the payment terms or the payer order (e.g. equity credit before vouchers); audited; applies to invoices issued from now on.' })
  updateBillingSettings(@CurrentActor() actor: Actor, @Args('input', { description: 'What changes.' }) input: UpdateBillingSettingsInput, @Context() ctx: RequestContext) {
    return payloadOf(() => this.settings.update(actor, input, ctx.request?.ip ?? null));
  }
}

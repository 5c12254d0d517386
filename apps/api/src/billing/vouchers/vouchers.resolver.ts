import { Args, ArgsType, Context, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Allow, CurrentActor } from '../../common/access/access.decorators.js';
import type { Actor } from '../../common/access/actor.js';
import type { RequestContext } from '../../common/graphql/request-context.js';
import { payloadOf, resultOf } from '../../common/graphql/user-error.model.js';
import { Organisation } from '../../organisations/index.js';
import {
  ApplyForVoucherInput, ApproveVoucherApplicationInput, CreateVoucherProgrammeInput, MarkRelatedPartyInput, RejectVoucherApplicationInput,
  SetVoucherProgrammeStatusInput, UnmarkRelatedPartyInput, VoucherApplicationsArgs, WithdrawVoucherApplicationInput,
} from '../dto/billing.inputs.js';
import { RelatedPartyPayload, VoucherApplicationPayload, VoucherProgrammePayload } from '../dto/billing.payloads.js';
import { ProgrammeFigures, RelatedParty, Voucher, VoucherApplication, VoucherApplicationConnection, VoucherProgramme, VoucherRedemption, VoucherSettlement } from '../models/voucher.model.js';
import { VoucherQueriesService } from './voucher-queries.service.js';
import { VouchersService } from './vouchers.service.js';

@ArgsType()
class VouchersArgs {
  @Field(() => ID, { nullable: true, description: 'One organisation’s (staff); founders always get their own.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}

@ArgsType()
class SettlementArgs {
  @Field(() => ID, { description: 'The programme.' })
  @IsUUID()
  programmeId!: string;

  @Field({ description: 'The settlement period: 2026-Q4 for quarterly programmes, 2026-11 for monthly ones.' })
  @IsString()
  @MaxLength(7)
  period!: string;
}

@Resolver(() => VoucherProgramme)
export class VoucherProgrammesResolver {
  constructor(
    private readonly queries: VoucherQueriesService,
    private readonly vouchers: VouchersService,
  ) {}

  @Allow('BILLING_READ')
  @Query(() => [VoucherProgramme], { description: 'Voucher programmes, newest year first.' })
  voucherProgrammes() {
    return this.queries.programmes();
  }

  @ResolveField(() => ProgrammeFigures, { description: 'Budget, committed, redeemed, expired, remaining, and by kind and industry (staff).' })
  figures(@Parent() programme: VoucherProgramme) {
    return this.queries.figures(programme.id);
  }

  @Allow('VOUCHER_SETTLEMENT_READ')
  @Query(() => VoucherSettlement, { description: 'A programme’s redemptions in one settlement period, by organisation, invoice and line: for the city’s voucher office (read:vouchers tokens).' })
  voucherSettlement(@Args() args: SettlementArgs) {
    return resultOf(() => this.queries.settlement(args.programmeId, args.period));
  }

  @Allow('VOUCHER_MANAGE')
  @Mutation(() => VoucherProgrammePayload, { description: 'Set up a year’s voucher programme (audited); its budget is booked as owed by the city.' })
  createVoucherProgramme(@CurrentActor() actor: Actor, @Args('input', { description: 'The programme’s terms.' }) input: CreateVoucherProgrammeInput) {
    return payloadOf(async () => ({ programme: await this.queries.programme((await this.vouchers.createProgramme(actor, input)).programmeId) }));
  }

  @Allow('VOUCHER_MANAGE')
  @Mutation(() => VoucherProgrammePayload, { description: 'Open or close a programme to applications (audited).' })
  setVoucherProgrammeStatus(@CurrentActor() actor: Actor, @Args('input', { description: 'The programme and its new status.' }) input: SetVoucherProgrammeStatusInput) {
    return payloadOf(async () => ({ programme: await this.queries.programme((await this.vouchers.setProgrammeStatus(actor, input.programmeId, input.status)).programmeId) }));
  }

  @Allow('VOUCHER_MANAGE')
  @Query(() => [RelatedParty], { description: 'Organisations marked as related parties of the centre, by name.' })
  relatedParties() {
    return this.queries.relatedParties();
  }

  @Allow('VOUCHER_MANAGE')
  @Mutation(() => RelatedPartyPayload, { description: 'Mark an organisation as a related party of the centre: it can no longer receive or use vouchers (audited).' })
  markRelatedParty(@CurrentActor() actor: Actor, @Args('input', { description: 'The organisation and the relation.' }) input: MarkRelatedPartyInput) {
    return payloadOf(async () => (await this.vouchers.markRelatedParty(actor, input.organisationId, input.reason), { relatedParty: true }));
  }

  @Allow('VOUCHER_MANAGE')
  @Mutation(() => RelatedPartyPayload, { description: 'Remove the related-party mark (audited).' })
  unmarkRelatedParty(@CurrentActor() actor: Actor, @Args('input', { description: 'The organisation.' }) input: UnmarkRelatedPartyInput) {
    return payloadOf(async () => (await this.vouchers.unmarkRelatedParty(actor, input.organisationId), { relatedParty: false }));
  }
}

@Resolver(() => VoucherApplication)
export class VoucherApplicationsResolver {
  constructor(
    private readonly queries: VoucherQueriesService,
    private readonly vouchers: VouchersService,
  ) {}

  @Allow('BILLING_READ')
  @Query(() => VoucherApplicationConnection, { description: 'Voucher applications; founders see their organisation’s. status SUBMITTED is the approval queue, oldest first.' })
  voucherApplications(@CurrentActor() actor: Actor, @Args() args: VoucherApplicationsArgs) {
    return this.queries.applications(actor, args);
  }

  @ResolveField(() => Voucher, { nullable: true, description: 'The voucher issued on approval.' })
  voucher(@Parent() application: VoucherApplication) {
    return this.queries.voucherOfApplication(application.id);
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'The applying organisation.' })
  organisation(@Parent() application: VoucherApplication, @Context() ctx: RequestContext) {
    return ctx.loaders.organisationById.load(application.organisationId);
  }

  @Allow('VOUCHER_APPLY')
  @Mutation(() => VoucherApplicationPayload, { description: 'Apply for a compute voucher for one’s own organisation.' })
  applyForVoucher(@CurrentActor() actor: Actor, @Args('input', { description: 'The programme, amount, purpose and project.' }) input: ApplyForVoucherInput) {
    return payloadOf(async () => ({ application: await this.one(actor, (await this.vouchers.apply(actor, input)).applicationId) }));
  }

  @Allow('VOUCHER_APPLY')
  @Mutation(() => VoucherApplicationPayload, { description: 'Withdraw one’s own application before it is decided.' })
  withdrawVoucherApplication(@CurrentActor() actor: Actor, @Args('input', { description: 'The application.' }) input: WithdrawVoucherApplicationInput) {
    return payloadOf(async () => ({ application: await this.one(actor, (await this.vouchers.withdraw(actor, input.applicationId)).applicationId) }));
  }

  @Allow('VOUCHER_MANAGE')
  @Mutation(() => VoucherApplicationPayload, { description: 'Approve an application, possibly for less, and issue the voucher (audited). The programme budget and the per-organisation cap hold under concurrent approvals.' })
  approveVoucherApplication(@CurrentActor() actor: Actor, @Args('input', { description: 'The application and the amount approved.' }) input: ApproveVoucherApplicationInput) {
    return payloadOf(async () => {
      const { applicationId } = await this.vouchers.approve(actor, input);
      return { application: await this.one(actor, applicationId), voucher: await this.queries.voucherOfApplication(applicationId) };
    });
  }

  @Allow('VOUCHER_MANAGE')
  @Mutation(() => VoucherApplicationPayload, { description: 'Reject an application with a reason the founder sees (audited).' })
  rejectVoucherApplication(@CurrentActor() actor: Actor, @Args('input', { description: 'The application and why.' }) input: RejectVoucherApplicationInput) {
    return payloadOf(async () => ({ application: await this.one(actor, (await this.vouchers.reject(actor, input.applicationId, input.reason)).applicationId) }));
  }

  private one(actor: Actor, id: string): Promise<VoucherApplication | null> {
    return this.queries.application(actor, id);
  }
}

@Resolver(() => Voucher)
export class VouchersResolver {
  constructor(private readonly queries: VoucherQueriesService) {}

  @Allow('BILLING_READ')
  @Query(() => [Voucher], { description: 'Vouchers, earliest expiry first; founders see their organisation’s.' })
  vouchers(@CurrentActor() actor: Actor, @Args() args: VouchersArgs) {
    return this.queries.vouchers(actor, args.organisationId ?? null);
  }

  @ResolveField(() => [VoucherRedemption], { description: 'What it paid, oldest first.' })
  redemptions(@Parent() voucher: Voucher) {
    return this.queries.redemptions(voucher.id);
  }
}

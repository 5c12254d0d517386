import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '../common/access/access.decorators.js';
import type { Actor } from '../common/access/actor.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { payloadOf, resultOf } from '../common/graphql/user-error.model.js';
import { UuidArgs } from '../common/graphql/uuid.args.js';
import { AcceptTermSheetVersionInput, CounterOfferTermSheetInput, ProposeTermSheetInput, TermSheetDiffArgs, TermSheetsArgs, WithdrawTermSheetInput } from './dto/equity.inputs.js';
import { TermSheetPayload } from './dto/equity.payloads.js';
import { TermSheet, TermsChange } from './models/term-sheet.model.js';
import { TermSheetsService } from './services/term-sheets.service.js';

@Resolver(() => TermSheet)
export class TermSheetsResolver {
  constructor(private readonly sheets: TermSheetsService) {}

  @Allow('EQUITY_READ')
  @Query(() => [TermSheet], { description: 'Compute-for-equity term sheets, newest first (at most 50); founders see their organisation’s.' })
  termSheets(@CurrentActor() actor: Actor, @Args() args: TermSheetsArgs) {
    return this.sheets.list(actor, args.projectId);
  }

  @Allow('EQUITY_READ')
  @Query(() => TermSheet, { nullable: true, description: 'One term sheet; null when it does not exist or belongs to another organisation.' })
  termSheet(@CurrentActor() actor: Actor, @Args() { id }: UuidArgs) {
    return this.sheets.one(actor, id);
  }

  @Allow('EQUITY_READ')
  @Query(() => [TermsChange], { description: 'The fields that differ between two versions of a term sheet, leaf by leaf.' })
  termSheetDiff(@CurrentActor() actor: Actor, @Args() args: TermSheetDiffArgs) {
    return resultOf(() => this.sheets.diff(actor, args.termSheetId, args.fromVersionNo, args.toVersionNo));
  }

  @Allow('EQUITY_NEGOTIATE')
  @Mutation(() => TermSheetPayload, { description: 'Open a term sheet for a project with its first version (centre staff; audited).' })
  proposeTermSheet(@CurrentActor() actor: Actor, @Args('input', { description: 'The project and the terms.' }) input: ProposeTermSheetInput) {
    return payloadOf(async () => ({ termSheet: await this.sheets.one(actor, (await this.sheets.propose(actor, input)).termSheetId) }));
  }

  @Allow('EQUITY_NEGOTIATE')
  @Mutation(() => TermSheetPayload, { description: 'Propose a new version answering the current one (either side; audited). STALE_VERSION when the base is no longer current.' })
  counterOfferTermSheet(@CurrentActor() actor: Actor, @Args('input', { description: 'The sheet, the version answered and the terms.' }) input: CounterOfferTermSheetInput) {
    return payloadOf(async () => ({ termSheet: await this.sheets.one(actor, (await this.sheets.counterOffer(actor, input)).termSheetId) }));
  }

  @Allow('EQUITY_NEGOTIATE')
  @Mutation(() => TermSheetPayload, { description: 'Accept the current version for the caller’s side, recording who, when, the IP and the content hash; once both sides accepted it the sheet is SIGNED (audited).' })
  acceptTermSheetVersion(@CurrentActor() actor: Actor, @Args('input', { description: 'The sheet and the version.' }) input: AcceptTermSheetVersionInput, @Context() ctx: RequestContext) {
    return payloadOf(async () => ({ termSheet: await this.sheets.one(actor, (await this.sheets.accept(actor, input, ctx.request.ip ?? null)).termSheetId) }));
  }

  @Allow('EQUITY_NEGOTIATE')
  @Mutation(() => TermSheetPayload, { description: 'Withdraw from an open term sheet (either side; audited); it takes no more offers.' })
  withdrawTermSheet(@CurrentActor() actor: Actor, @Args('input', { description: 'The sheet and why.' }) input: WithdrawTermSheetInput) {
    return payloadOf(async () => ({ termSheet: await this.sheets.one(actor, (await this.sheets.withdraw(actor, input)).termSheetId) }));
  }
}

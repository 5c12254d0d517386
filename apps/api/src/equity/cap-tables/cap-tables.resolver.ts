import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '../../common/access/access.decorators.js';
import type { Actor } from '../../common/access/actor.js';
import { payloadOf } from '../../common/graphql/user-error.model.js';
import { AddShareClassInput, AddStakeholderInput, CapTableArgs, RecordBuyBackInput, RecordIssuanceInput } from './dto/cap-table.inputs.js';
import { CapTablePayload } from './dto/cap-table.payloads.js';
import { CapTable, CapTableListing } from './models/cap-table.model.js';
import { BuyBacksService } from './services/buy-backs.service.js';
import { CapTableReader } from './services/cap-table-reader.js';
import { CapTableWritesService } from './services/cap-table-writes.service.js';

@Resolver(() => CapTable)
export class CapTablesResolver {
  constructor(
    private readonly reader: CapTableReader,
    private readonly writes: CapTableWritesService,
    private readonly buyBacks: BuyBacksService,
  ) {}

  @Allow('EQUITY_READ')
  @Query(() => CapTable, { nullable: true, description: 'A startup’s cap table; null when the organisation does not exist or is another founder’s (founders see their own only).' })
  capTable(@CurrentActor() actor: Actor, @Args() { organisationId }: CapTableArgs) {
    return this.reader.capTable(actor, organisationId);
  }

  @Allow('EQUITY_READ')
  @Query(() => [CapTableListing], { description: 'Organisations with a cap table on record, by name (staff: all; founders: their own).' })
  capTables(@CurrentActor() actor: Actor) {
    return this.reader.listings(actor);
  }

  @Allow('CAP_TABLE_WRITE')
  @Mutation(() => CapTablePayload, { description: 'Add a founder, investor, employee or other holder to a startup’s cap table (centre staff; audited).' })
  addStakeholder(@CurrentActor() actor: Actor, @Args('input', { description: 'The organisation and the holder.' }) input: AddStakeholderInput) {
    return payloadOf(async () => this.after(actor, input.organisationId, this.writes.addStakeholder(actor, input)));
  }

  @Allow('CAP_TABLE_WRITE')
  @Mutation(() => CapTablePayload, { description: 'Add a share class to a startup’s cap table (centre staff; audited).' })
  addShareClass(@CurrentActor() actor: Actor, @Args('input', { description: 'The organisation and the class.' }) input: AddShareClassInput) {
    return payloadOf(async () => this.after(actor, input.organisationId, this.writes.addShareClass(actor, input)));
  }

  @Allow('CAP_TABLE_WRITE')
  @Mutation(() => CapTablePayload, { description: 'Record shares issued to a stakeholder (MANUAL; centre staff; audited).' })
  recordIssuance(@CurrentActor() actor: Actor, @Args('input', { description: 'Who, which class, how many, at what price, when.' }) input: RecordIssuanceInput) {
    return payloadOf(async () => this.after(actor, input.organisationId, this.writes.recordIssuance(actor, input)));
  }

  @Allow('CAP_TABLE_WRITE')
  @Mutation(() => CapTablePayload, {
    description: 'Record a buy-back of the centre’s shares under a credit line’s buy-back option, or of a MANUAL issuance (centre staff; audited). BUY_BACK_WINDOW_CLOSED after the window, BUY_BACK_EXCEEDS_HOLDING over what is held.',
  })
  recordBuyBack(@CurrentActor() actor: Actor, @Args('input', { description: 'The credit line or the issuance, and how many shares.' }) input: RecordBuyBackInput) {
    return payloadOf(async () => this.after(actor, input.organisationId, this.buyBacks.record(actor, input)));
  }

  private async after(actor: Actor, organisationId: string, change: Promise<unknown>): Promise<{ capTable: CapTable | null }> {
    await change;
    return { capTable: await this.reader.capTable(actor, organisationId) };
  }
}

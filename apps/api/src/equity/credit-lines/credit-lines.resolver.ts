import { ArgsType, Args, Field, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { Allow, CurrentActor } from '../../common/access/access.decorators.js';
import type { Actor } from '../../common/access/actor.js';
import { UuidArgs } from '../../common/graphql/uuid.args.js';
import { TermSheet } from '../models/term-sheet.model.js';
import { CreditLine } from './models/credit-line.model.js';
import { CreditLineQueriesService } from './services/credit-line-queries.service.js';

@ArgsType()
export class CreditLinesArgs {
  @Field(() => ID, { nullable: true, description: 'Only this organisation’s lines (staff; a founder always gets their own).' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this project’s lines.' })
  @IsOptional()
  @IsUUID()
  projectId?: string | null;
}

@Resolver(() => CreditLine)
export class CreditLinesResolver {
  constructor(private readonly lines: CreditLineQueriesService) {}

  @Allow('EQUITY_READ')
  @Query(() => [CreditLine], { description: 'Credit lines opened by signed terms, newest first (at most 100); founders see their organisation’s.' })
  creditLines(@CurrentActor() actor: Actor, @Args() args: CreditLinesArgs) {
    return this.lines.list(actor, args);
  }

  @Allow('EQUITY_READ')
  @Query(() => CreditLine, { nullable: true, description: 'One credit line; null when it does not exist or belongs to another organisation.' })
  creditLine(@CurrentActor() actor: Actor, @Args() { id }: UuidArgs) {
    return this.lines.one(actor, id);
  }
}

@Resolver(() => TermSheet)
export class TermSheetCreditLineResolver {
  constructor(private readonly lines: CreditLineQueriesService) {}

  @ResolveField(() => CreditLine, { nullable: true, description: 'The credit line the signed terms opened; null unless SIGNED.' })
  async creditLine(@CurrentActor() actor: Actor, @Parent() sheet: TermSheet): Promise<CreditLine | null> {
    if (sheet.status !== 'SIGNED') return null;
    return (await this.lines.list(actor, { termSheetId: sheet.id }))[0] ?? null;
  }
}

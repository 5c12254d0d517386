import { Context, Field, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../common/graphql/request-context.js';
import { TermSheetVersionEntity } from './entities/term-sheet.entity.js';
import { TermSheet, TermSheetAcceptance } from './models/term-sheet.model.js';

@ObjectType({ description: 'Who proposed one version of a term sheet.' })
export class TermSheetProposer {
  @Field(() => Int, { description: 'The version.' })
  versionNo!: number;

  @Field(() => String, { nullable: true, description: 'The proposer’s display name; null for an API token or a person no longer on file.' })
  name!: string | null;
}

/**
 * Read-only names for the term-sheet screens (the project, the organisation, the people who
 * proposed and accepted), so a screen needs no second query per sheet. The sheet itself was
 * already confined to the caller's organisation by the root field.
 */
@Resolver(() => TermSheet)
export class TermSheetFieldsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => String, { nullable: true, description: 'The name of the project it funds.' })
  async projectName(@Parent() sheet: TermSheet, @Context() ctx: RequestContext) {
    return (await ctx.loaders.projectById.load(sheet.projectId))?.name ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The name of the startup’s organisation.' })
  async organisationName(@Parent() sheet: TermSheet) {
    const [row]: { name: string }[] = await this.dataSource.query('SELECT name FROM organisations WHERE id = $1', [sheet.organisationId]);
    return row?.name ?? null;
  }

  @ResolveField(() => [TermSheetProposer], { description: 'Who proposed each version, oldest first.' })
  async proposers(@Parent() sheet: TermSheet, @Context() ctx: RequestContext): Promise<TermSheetProposer[]> {
    const versions = await this.dataSource.manager.find(TermSheetVersionEntity, { where: { termSheetId: sheet.id }, order: { versionNo: 'ASC' }, select: { versionNo: true, proposedById: true } });
    return Promise.all(
      versions.map(async (version) => ({
        versionNo: version.versionNo,
        name: version.proposedById ? ((await ctx.loaders.userById.load(version.proposedById))?.displayName ?? null) : null,
      })),
    );
  }
}

@Resolver(() => TermSheetAcceptance)
export class TermSheetAcceptanceFieldsResolver {
  @ResolveField(() => String, { nullable: true, description: 'The display name of who accepted; null for a person no longer on file.' })
  async userName(@Parent() acceptance: TermSheetAcceptance, @Context() ctx: RequestContext) {
    return (await ctx.loaders.userById.load(acceptance.userId))?.displayName ?? null;
  }
}

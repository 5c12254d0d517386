import { Field, ObjectType } from '@nestjs/graphql';

/**
 * The Relay connection spec's PageInfo. Lists here paginate forward only (`first`/`after`), so
 * hasPreviousPage uses the latitude the spec gives forward pagination: it answers whether rows
 * exist up to the `after` cursor, and it is computed only when a client selects it.
 */
@ObjectType('PageInfo', { description: 'Where this page sits in the whole list (Relay connection spec).' })
export class PageInfo {
  @Field({ description: 'True when more rows follow this page: pass endCursor as `after` to get them.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description:
      'Lists here page forward only: true when `after` was given and rows exist up to that cursor (the earlier pages); false on the first page.',
  })
  hasPreviousPage!: boolean | Promise<boolean>;

  @Field(() => String, { nullable: true, description: 'The cursor of the first edge on this page; null when the page is empty.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'The cursor of the last edge on this page; null when the page is empty.' })
  endCursor!: string | null;
}

import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../graphql/page-info.model.js';

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Lazy: a getter, so the count query runs only when a client selects the field. */
  readonly totalCount: number | Promise<number>;
}

/** Declares `<Name>Edge` and `<Name>Connection` GraphQL types for a node type (Relay style). */
export function ConnectionType<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with the cursor that points at it.` })
  class EdgeType {
    @Field({ description: 'Opaque; pass it as `after` to continue after this edge.' })
    cursor!: string;

    @Field(() => node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionBase implements Connection<T> {
    @Field(() => [EdgeType], { description: 'The items of this page, in the list’s order.' })
    edges!: Edge<T>[];

    @Field(() => PageInfo, { description: 'Cursors of this page and whether more pages exist.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list has, over all pages.' })
    totalCount!: number | Promise<number>;
  }
  return ConnectionBase;
}

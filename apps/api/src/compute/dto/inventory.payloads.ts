import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../common/graphql/user-error.model.js';
import { Card, Cluster, ComputeNode } from '../models/cluster.model.js';

@ObjectType()
export class NodePayload {
  @Field(() => ComputeNode, { nullable: true })
  node?: ComputeNode | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ReportCardHealthPayload {
  @Field(() => Card, { nullable: true })
  card?: Card | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class AddNodesPayload {
  @Field(() => Cluster, { nullable: true })
  cluster?: Cluster | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class CreateClusterPayload {
  @Field(() => Cluster, { nullable: true })
  cluster?: Cluster | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

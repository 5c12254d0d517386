import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../common/graphql/user-error.model.js';
import { Card, Cluster, ComputeNode } from '../models/cluster.model.js';

@ObjectType({ description: 'Result of a change to one node.' })
export class NodePayload {
  @Field(() => ComputeNode, { nullable: true, description: 'The node after the change; null when userErrors say why nothing changed.' })
  node?: ComputeNode | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of reportCardHealth.' })
export class ReportCardHealthPayload {
  @Field(() => Card, { nullable: true, description: 'The card after the report; null when userErrors say why nothing changed.' })
  card?: Card | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of addNodes.' })
export class AddNodesPayload {
  @Field(() => Cluster, { nullable: true, description: 'The cluster with its new nodes; null when userErrors say why nothing changed.' })
  cluster?: Cluster | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of createCluster.' })
export class CreateClusterPayload {
  @Field(() => Cluster, { nullable: true, description: 'The new cluster; null when userErrors say why none was made.' })
  cluster?: Cluster | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}

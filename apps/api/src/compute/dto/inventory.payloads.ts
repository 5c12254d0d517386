import { Field, ID, ObjectType } from '@nestjs/graphql';
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

@ObjectType({ description: 'The renamed cluster, or why not.' })
export class RenameClusterPayload {
  @Field(() => Cluster, { nullable: true, description: 'The cluster with its new name; null when refused.' })
  cluster?: Cluster | null;

  @Field(() => [UserError], { description: 'Why the rename was refused; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The deleted cluster’s id, or why not.' })
export class DeleteClusterPayload {
  @Field(() => ID, { nullable: true, description: 'The id the cluster had; null when refused.' })
  deletedClusterId?: string | null;

  @Field(() => [UserError], { description: 'Why the delete was refused (CLUSTER_NOT_EMPTY, NOT_FOUND); empty on success.' })
  userErrors!: UserError[];
}

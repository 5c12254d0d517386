import { Field, ID, ObjectType } from '@nestjs/graphql';
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

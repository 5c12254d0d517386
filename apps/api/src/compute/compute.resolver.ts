import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '../common/access/access.decorators.js';
import type { Actor } from '../common/access/actor.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { payloadOf } from '../common/graphql/user-error.model.js';
import { UuidArgs } from '../common/graphql/uuid.args.js';
import {
  AddNodesInput, CreateClusterInput, DeleteClusterInput, DrainNodeInput, RenameClusterInput, ReportCardHealthInput, RestoreNodeInput, RetireNodeInput,
} from './dto/inventory.inputs.js';
import { AddNodesPayload, CreateClusterPayload, DeleteClusterPayload, NodePayload, RenameClusterPayload, ReportCardHealthPayload } from './dto/inventory.payloads.js';
import { Cluster, ComputeNode } from './models/cluster.model.js';
import { ClusterViewService } from './services/cluster-view.service.js';
import { InventoryService } from './services/inventory.service.js';
import { CacheNeutral } from '../common/response-cache/cache-for.decorator.js';

@Resolver(() => Cluster)
export class ComputeResolver {
  constructor(
    @Inject(InventoryService) private readonly inventory: InventoryService,
    @Inject(ClusterViewService) private readonly view: ClusterViewService,
  ) {}

  @Allow('COMPUTE_READ')
  @Query(() => [Cluster], { description: 'The centre’s clusters in the order they were set up (a handful; not paginated). The first is the default.' })
  clusters() {
    return this.inventory.clusters();
  }

  @Allow('COMPUTE_READ')
  @Query(() => Cluster, { nullable: true, description: 'One cluster by id; null if there is none.' })
  cluster(@Args() { id }: UuidArgs) {
    return this.inventory.cluster(id);
  }

  @ResolveField(() => [String], { description: 'The card types its nodes carry, e.g. ["Ascend 910B"].' })
  cardTypes(@Parent() cluster: Cluster) {
    return this.view.cardTypes(cluster.id);
  }

  @ResolveField(() => [ComputeNode], { description: 'Every node with its cards and their holders.' })
  nodes(@Parent() cluster: Cluster, @Context() ctx: RequestContext) {
    return this.view.grid(ctx.actor!, cluster.id);
  }

  @Allow('INVENTORY_WRITE')
  @Mutation(() => CreateClusterPayload, { description: 'Set up a new, empty cluster (audited); add its nodes with addNodes. Managers and admins.' })
  createCluster(@CurrentActor() actor: Actor, @Args('input', { description: 'The cluster’s name and description.' }) input: CreateClusterInput, @Context() ctx: RequestContext) {
    return payloadOf(() => this.inventory.createCluster(actor, input, ctx.request?.ip ?? null));
  }

  @Allow('INVENTORY_WRITE')
  @Mutation(() => RenameClusterPayload, { description: 'Rename a cluster (audited); names are unique ignoring case, 2–60 characters.' })
  renameCluster(@CurrentActor() actor: Actor, @Args('input', { description: 'The cluster and its new name.' }) input: RenameClusterInput, @Context() ctx: RequestContext) {
    return payloadOf(() => this.inventory.renameCluster(actor, input, ctx.request?.ip ?? null));
  }

  @Allow('INVENTORY_WRITE')
  @Mutation(() => DeleteClusterPayload, {
    description: 'Delete an empty cluster (audited): one that has never had a node or an allocation request; otherwise userError CLUSTER_NOT_EMPTY.',
  })
  deleteCluster(@CurrentActor() actor: Actor, @Args('input', { description: 'The cluster to delete.' }) input: DeleteClusterInput, @Context() ctx: RequestContext) {
    return payloadOf(() => this.inventory.deleteCluster(actor, input.clusterId, ctx.request?.ip ?? null));
  }

  @Allow('INVENTORY_WRITE')
  @Mutation(() => AddNodesPayload, { description: 'Add identical nodes (servers) to a cluster. Managers and admins.' })
  addNodes(@Args('input', { description: 'The cluster, how many nodes and their shape.' }) input: AddNodesInput) {
    return payloadOf(() => this.inventory.addNodes(input));
  }

  @Allow('NODE_DRAIN')
  @Mutation(() => NodePayload, { description: 'Stop placing new work on a node; running work runs to its end. Managers, admins and telemetry tokens.' })
  drainNode(@CurrentActor() actor: Actor, @Args('input', { description: 'The node and why it is drained.' }) input: DrainNodeInput) {
    return payloadOf(async () => ({ node: await this.nodeView(actor, (await this.inventory.drainNode(input.nodeId, input.reason.trim())).node) }));
  }

  @Allow('NODE_DRAIN')
  @Mutation(() => NodePayload, { description: 'Put a drained node back into service: new work may be placed on it again. Managers, admins and telemetry tokens.' })
  restoreNode(@CurrentActor() actor: Actor, @Args('input', { description: 'The node to restore.' }) input: RestoreNodeInput) {
    return payloadOf(async () => ({ node: await this.nodeView(actor, (await this.inventory.restoreNode(input.nodeId)).node) }));
  }

  @Allow('INVENTORY_WRITE')
  @Mutation(() => NodePayload, {
    description: 'Decommission a drained node that runs nothing: it leaves the grid, scheduling and capacity; its history stays. Managers and admins.',
  })
  retireNode(@CurrentActor() actor: Actor, @Args('input', { description: 'The node to retire.' }) input: RetireNodeInput) {
    return payloadOf(async () => ({ node: await this.nodeView(actor, (await this.inventory.retireNode(actor, input.nodeId)).node) }));
  }

  // Frequent telemetry; a failure that ends work empties the caches through its allocation event.
  @CacheNeutral()
  @Allow('TELEMETRY_WRITE')
  @Mutation(() => ReportCardHealthPayload, { description: 'Cluster telemetry reports a card’s health. Telemetry tokens and admins.' })
  reportCardHealth(@CurrentActor() actor: Actor, @Args('input', { description: 'The card and its health.' }) input: ReportCardHealthInput) {
    return payloadOf(async () => {
      const { card } = await this.inventory.reportCardHealth(input.cardId, input.health);
      const [node] = await this.view.grid(actor, card.node!.clusterId, [card.nodeId]);
      return { card: node.cards.find((c) => c.id === card.id)! };
    });
  }

  private async nodeView(actor: Actor, node: { id: string; clusterId: string }) {
    const [view] = await this.view.grid(actor, node.clusterId, [node.id]);
    return view;
  }
}

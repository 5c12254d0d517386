import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Allow, CurrentActor } from '../common/access/access.decorators.js';
import { tenantOf, type Actor } from '../common/access/actor.js';
import { payloadOf } from '../common/graphql/user-error.model.js';
import { UuidArgs } from '../common/graphql/uuid.args.js';
import { InventoryService } from '../compute/index.js';
import { AllocationRequestIdInput, AllocationRequestsArgs, QueueArgs, SnapshotArgs, UsageArgs } from './dto/allocation-inputs.js';
import { CancelAllocationRequestPayload, CreateAllocationRequestPayload, FinishAllocationPayload } from './dto/allocation-payloads.js';
import { CreateAllocationRequestInput } from './dto/create-allocation-request.input.js';
import { ALLOCATION_CHANGED, type AllocationChangedEvent } from './events/allocation-events.js';
import { AllocationChanged } from './models/allocation-changed.model.js';
import { AllocationRequest, AllocationRequestConnection } from './models/allocation-request.model.js';
import { SchedulingSnapshot } from './models/organisation-scheduling.model.js';
import { UsageReport } from './models/usage.model.js';
import { AllocationQueriesService } from './services/allocation-queries.service.js';
import { AllocationRequestsService } from './services/allocation-requests.service.js';
import { SchedulingSnapshotService } from './services/scheduling-snapshot.service.js';

/** Mercurius hands subscription hooks either the published event or its payload. */
type PublishedEvent = AllocationChangedEvent | { payload: AllocationChangedEvent };
const unwrap = (event: PublishedEvent): AllocationChangedEvent => ('payload' in event ? event.payload : event);

/** Root fields of compute allocation: each is a guard, then one service call. */
@Resolver(() => AllocationRequest)
export class AllocationsResolver {
  constructor(
    @Inject(AllocationRequestsService) private readonly requests: AllocationRequestsService,
    @Inject(AllocationQueriesService) private readonly queries: AllocationQueriesService,
    @Inject(SchedulingSnapshotService) private readonly snapshots: SchedulingSnapshotService,
    @Inject(InventoryService) private readonly inventory: InventoryService,
  ) {}

  @Allow('COMPUTE_READ')
  @Query(() => AllocationRequestConnection, { description: 'Allocation requests, oldest first, with filters. Founders and organisation-bound tokens see their own organisation only.' })
  allocationRequests(@CurrentActor() actor: Actor, @Args() args: AllocationRequestsArgs) {
    return this.queries.list(actor, args);
  }

  @Allow('COMPUTE_READ')
  @Query(() => AllocationRequest, { nullable: true, description: 'One allocation request; null when it does not exist or belongs to another tenant.' })
  allocationRequest(@CurrentActor() actor: Actor, @Args() { id }: UuidArgs) {
    return this.queries.findVisible(actor, id);
  }

  @Allow('COMPUTE_READ')
  @Query(() => [AllocationRequest], { description: 'Waiting requests in queue order (founders: their own, with global positions).' })
  async allocationQueue(@CurrentActor() actor: Actor, @Args() args: QueueArgs) {
    const clusterId = args.clusterId ?? (await this.inventory.defaultClusterId().catch(() => null));
    return clusterId ? this.queries.queue(actor, clusterId, args.cardType ?? null, args.first) : [];
  }

  @Allow('COMPUTE_READ')
  @Query(() => UsageReport, { description: 'Metered card-hours: per day over the last `days` days, and per project all time. Founders and organisation-bound tokens get their own organisation.' })
  async usage(@CurrentActor() actor: Actor, @Args() args: UsageArgs) {
    const [daily, byProject] = await Promise.all([
      this.queries.dailyUsage(actor, args.organisationId ?? null, args.days),
      this.queries.projectUsage(actor, args.organisationId ?? null),
    ]);
    const total = byProject.reduce((sum, p) => sum + p.cardHours, 0);
    return { totalCardHours: Number(total.toFixed(3)), daily, byProject };
  }

  @Allow('ALLOCATION_REQUEST')
  @Query(() => SchedulingSnapshot, { description: 'The live scheduler input for what-if previews in the browser; other tenants anonymised. Managers, admins and founders.' })
  async schedulingSnapshot(@CurrentActor() actor: Actor, @Args() args: SnapshotArgs) {
    return this.snapshots.snapshot(actor, args.clusterId ?? (await this.inventory.defaultClusterId()));
  }

  @Allow('ALLOCATION_REQUEST')
  @Mutation(() => CreateAllocationRequestPayload, { description: 'Ask for cards of one type for a time limit; the scheduler queues or places it at once. Managers, admins, and founders for their own projects.' })
  createAllocationRequest(@CurrentActor() actor: Actor, @Args('input', { description: 'What to run: project, card type and count, time limit, priority.' }) input: CreateAllocationRequestInput) {
    return payloadOf(() => this.requests.create(actor, input));
  }

  @Allow('ALLOCATION_REQUEST')
  @Mutation(() => CancelAllocationRequestPayload, { description: 'Cancel a waiting request or stop a running allocation. Managers, admins, and founders for their own organisation’s.' })
  cancelAllocationRequest(@CurrentActor() actor: Actor, @Args('input', { description: 'The request to cancel or stop.' }) input: AllocationRequestIdInput) {
    return payloadOf(() => this.requests.cancel(actor, input.id));
  }

  @Allow('ALLOCATION_REQUEST')
  @Mutation(() => FinishAllocationPayload, { description: 'Report a running job done early; its cards return to the pool. Managers, admins, and founders for their own organisation’s.' })
  finishAllocation(@CurrentActor() actor: Actor, @Args('input', { description: 'The running allocation that is done.' }) input: AllocationRequestIdInput) {
    return payloadOf(() => this.requests.finish(actor, input.id));
  }

  @Allow('COMPUTE_READ')
  @Subscription(() => AllocationChanged, {
    description: 'Allocation state changes: all of them for staff, your organisation’s for founders.',
    filter: (event: PublishedEvent, _variables: unknown, context: { actor?: Actor }) => {
      const tenant = context.actor ? tenantOf(context.actor) : 'nobody';
      return !tenant || unwrap(event).organisationId === tenant;
    },
    resolve: (event: PublishedEvent) => ({ ...unwrap(event), at: new Date(unwrap(event).at) }),
  })
  allocationChanged(@Context('pubsub') pubsub: { subscribe(topic: string): unknown }) {
    return pubsub.subscribe(ALLOCATION_CHANGED);
  }
}

import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Allow } from '../common/access/access.decorators.js';
import { Cluster, ClusterUtilisation } from '../compute/index.js';
import { CLUSTER_UTILISATION, type ClusterUtilisationEvent } from './events/allocation-events.js';
import { SchedulerService } from './scheduler/scheduler.service.js';

const withRatio = (u: Omit<ClusterUtilisation, 'utilisation' | 'at'>, at = new Date()): ClusterUtilisation => ({
  ...u,
  utilisation: u.totalCards === 0 ? 0 : u.busyCards / u.totalCards,
  at,
});

/** Cluster.utilisation and its live feed: allocations add them to the type compute owns (the busy cards are allocations'). */
@Resolver(() => Cluster)
export class ClusterUtilisationResolver {
  constructor(@Inject(SchedulerService) private readonly scheduler: SchedulerService) {}

  @ResolveField(() => ClusterUtilisation, { description: 'How busy its cards are now.' })
  async utilisation(@Parent() cluster: Cluster) {
    return withRatio(await this.scheduler.utilisation(cluster.id));
  }

  @Allow('COMPUTE_READ')
  @Subscription(() => ClusterUtilisation, {
    description: 'Live utilisation of every cluster, after each scheduling pass that changed something.',
    resolve: (event: { payload?: ClusterUtilisationEvent } & ClusterUtilisationEvent) => {
      const payload = event.payload ?? event;
      return withRatio(payload, new Date(payload.at));
    },
  })
  clusterUtilisation(@Context('pubsub') pubsub: { subscribe(topic: string): unknown }) {
    return pubsub.subscribe(CLUSTER_UTILISATION);
  }
}

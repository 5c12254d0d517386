import { Inject } from '@nestjs/common';
import { Args, Context, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Allow, CurrentActor } from '../common/access/access.decorators.js';
import type { Actor } from '../common/access/actor.js';
import { payloadOf } from '../common/graphql/user-error.model.js';
import { MarkNotificationsReadInput, MarkNotificationsReadPayload, NotificationsArgs, SetNotificationPreferenceInput, SetNotificationPreferencePayload } from './dto/notification.inputs.js';
import { NOTIFICATION_ADDED, type NotificationAddedEvent } from './events/notification-events.js';
import { Notification, NotificationConnection, NotificationPreference } from './models/notification.model.js';
import { NotificationsService, toModel } from './services/notifications.service.js';

/** Mercurius hands subscription hooks either the published event or its payload. */
type PublishedEvent = NotificationAddedEvent | { payload: NotificationAddedEvent };
const unwrap = (event: PublishedEvent): NotificationAddedEvent => ('payload' in event ? event.payload : event);

/** The signed-in person's own notifications: each field is a guard, then one service call. */
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(@Inject(NotificationsService) private readonly service: NotificationsService) {}

  @Allow('NOTIFICATION_READ')
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  async notifications(@CurrentActor() actor: Actor, @Args() args: NotificationsArgs) {
    const page = await this.service.list(actor, args, args.unreadOnly);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toModel(e.node) })), totalCount: page.totalCount };
  }

  @Allow('NOTIFICATION_READ')
  @Query(() => Int, { description: 'How many of your notifications are unread (the bell’s number).' })
  unreadNotificationCount(@CurrentActor() actor: Actor) {
    return this.service.unreadCount(actor);
  }

  @Allow('NOTIFICATION_READ')
  @Query(() => [NotificationPreference], { description: 'How each kind of notification reaches you, one entry per kind.' })
  notificationPreferences(@CurrentActor() actor: Actor) {
    return this.service.preferences(actor);
  }

  @Allow('NOTIFICATION_READ')
  @Mutation(() => MarkNotificationsReadPayload, { description: 'Mark some or all of your notifications read.' })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args('input', { description: 'Which ones.' }) input: MarkNotificationsReadInput) {
    return payloadOf(() => this.service.markRead(actor, input));
  }

  @Allow('NOTIFICATION_READ')
  @Mutation(() => SetNotificationPreferencePayload, { description: 'Choose how one kind of notification reaches you (in-app, e-mail).' })
  setNotificationPreference(@CurrentActor() actor: Actor, @Args('input', { description: 'The kind and the choice.' }) input: SetNotificationPreferenceInput) {
    return payloadOf(() => this.service.setPreference(actor, input));
  }

  @Allow('NOTIFICATION_READ')
  @Subscription(() => Notification, {
    description: 'Your new notifications as they are raised (only your own).',
    filter: (event: PublishedEvent, _variables: unknown, context: { actor?: Actor }) => !!context.actor && unwrap(event).userId === context.actor.id,
    resolve: (event: PublishedEvent) => {
      const e = unwrap(event);
      return toModel({ ...e, createdAt: new Date(e.createdAt), readAt: null });
    },
  })
  notificationAdded(@Context('pubsub') pubsub: { subscribe(topic: string): unknown }) {
    return pubsub.subscribe(NOTIFICATION_ADDED);
  }
}

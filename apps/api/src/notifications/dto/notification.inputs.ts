import { ArgsType, Field, ID, InputType, ObjectType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination/connection-args.js';
import { UserError } from '../../common/graphql/user-error.model.js';
import { NotificationKindEnum, NotificationPreference } from '../models/notification.model.js';
import { NOTIFICATION_KINDS, type NotificationKind } from '../notification-kinds.js';

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
  @Field({ defaultValue: false, description: 'Only the unread ones.' })
  @IsBoolean()
  unreadOnly!: boolean;
}

@InputType({ description: 'Which of your notifications to mark read: some by id, or all of them.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'Your notifications to mark read (at most 100); others’ ids are ignored.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True: every unread notification of yours.' })
  @IsOptional()
  @IsBoolean()
  all?: boolean | null;
}

@ObjectType({ description: 'Result of markNotificationsRead.' })
export class MarkNotificationsReadPayload {
  @Field(() => Int, { nullable: true, description: 'How many were unread and are now read; null when userErrors say why nothing changed.' })
  markedCount?: number | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}

@InputType({ description: 'How one kind of notification should reach you.' })
export class SetNotificationPreferenceInput {
  @Field(() => NotificationKindEnum, { description: 'The kind.' })
  @IsIn(NOTIFICATION_KINDS)
  kind!: NotificationKind;

  @Field({ description: 'Show it under the bell.' })
  @IsBoolean()
  inApp!: boolean;

  @Field({ description: 'Send it by e-mail.' })
  @IsBoolean()
  email!: boolean;
}

@ObjectType({ description: 'Result of setNotificationPreference.' })
export class SetNotificationPreferencePayload {
  @Field(() => NotificationPreference, { nullable: true, description: 'The preference as stored; null when userErrors say why nothing changed.' })
  preference?: NotificationPreference | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}

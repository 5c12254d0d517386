import { Field, ID, ObjectType } from '@nestjs/graphql';
import { enumOf, registerDescribedEnum } from '../../common/graphql/domain-enums.js';
import { ConnectionType } from '../../common/pagination/connection.js';
import { NOTIFICATION_KINDS, type NotificationKind } from '../notification-kinds.js';

export const NotificationKindEnum = enumOf(NOTIFICATION_KINDS);
registerDescribedEnum(NotificationKindEnum, 'NotificationKind', 'What a notification is about.', {
  TICKET_REPLY: 'Someone replied on a ticket you take part in.',
  TICKET_ASSIGNED: 'A ticket was assigned to you.',
  SLA_WARNING: 'A ticket used 80 % of an SLA target.',
  SLA_BREACHED: 'A ticket breached an SLA target.',
  VOUCHER_DECIDED: 'A voucher application of your organisation was approved or rejected.',
  TERM_SHEET_PROPOSED: 'The other side proposed or countered a term sheet.',
  TERM_SHEET_SIGNED: 'A term sheet was signed by both sides.',
  INVOICE_ISSUED: 'An invoice to your organisation was issued.',
  ALLOCATION_STARTED: 'A compute allocation you requested started running.',
  ALLOCATION_PREEMPTED: 'A compute allocation you requested is to be preempted.',
  INTRODUCTION_PROPOSED: 'A manager proposed an introduction your side is asked to answer.',
  INTRODUCTION_REMINDER: 'An introduction still waits for your side’s answer.',
  INTRODUCTION_ANSWERED: 'Both sides accepted, or a side declined, an introduction you proposed.',
});

@ObjectType({ description: 'One value a notification’s message needs, e.g. name "number", value "SL-2026-0001".' })
export class NotificationParam {
  @Field({ description: 'The value’s name within its kind.' })
  name!: string;

  @Field({ description: 'The value, as text.' })
  value!: string;
}

@ObjectType({ description: 'An in-app notification for the signed-in person. The client words it by kind from its params.' })
export class Notification {
  @Field(() => ID, { description: 'The notification’s id.' })
  id!: string;

  @Field(() => NotificationKindEnum, { description: 'What it is about; selects the message.' })
  kind!: NotificationKind;

  @Field(() => [NotificationParam], { description: 'The values the message needs.' })
  params!: NotificationParam[];

  @Field({ description: 'Where it leads in the app: a path such as /portal/bills/ID.' })
  link!: string;

  @Field({ description: 'When it was raised.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When its recipient read it; null while unread.' })
  readAt!: Date | null;
}

@ObjectType({ description: 'One page of your notifications, newest first (Relay connection).' })
export class NotificationConnection extends ConnectionType(Notification, 'Notification') {}

@ObjectType({ description: 'How one kind of notification reaches the signed-in person (the default unless they chose).' })
export class NotificationPreference {
  @Field(() => NotificationKindEnum, { description: 'The kind.' })
  kind!: NotificationKind;

  @Field({ description: 'Shown under the bell.' })
  inApp!: boolean;

  @Field({ description: 'Sent by e-mail.' })
  email!: boolean;

  @Field({ description: 'True when the person never chose, so the kind’s default applies.' })
  isDefault!: boolean;
}

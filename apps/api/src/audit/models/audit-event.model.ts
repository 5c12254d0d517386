import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';

@ObjectType({ description: 'One recorded change to accounts or organisations (admins).' })
export class AuditEvent {
  @Field(() => ID, { description: 'The event’s id.' })
  id!: string;

  @Field({ description: 'When it happened, by the database clock.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'The acting user or API token; null when anonymous.' })
  actorId!: string | null;

  @Field({ description: 'USER, TOKEN, ANONYMOUS or SYSTEM.' })
  actorKind!: string;

  @Field({ description: 'A code such as INVITATION_SENT.' })
  action!: string;

  @Field(() => String, { nullable: true, description: 'What kind of thing changed: USER, ORGANISATION, INVITATION or API_TOKEN.' })
  targetType!: string | null;

  @Field(() => String, { nullable: true, description: 'The id of what changed.' })
  targetId!: string | null;

  @Field(() => String, { nullable: true, description: 'The organisation the event concerns, if any.' })
  organisationId!: string | null;

  @Field({ description: 'Facts recorded with the event, as a JSON object.' })
  detailsJson!: string;

  @Field(() => String, { nullable: true, description: 'The client address the request came from.' })
  ip!: string | null;
}

@ObjectType({ description: 'One page of audit events (Relay connection).' })
export class AuditEventConnection extends ConnectionType(AuditEvent, 'AuditEvent') {}

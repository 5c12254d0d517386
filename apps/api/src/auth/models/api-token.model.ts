import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A scoped token for an integration (never the secret itself).' })
export class ApiToken {
  @Field(() => ID, { description: 'The token’s id.' })
  id!: string;

  @Field({ description: 'What the token is for.' })
  name!: string;

  @Field(() => [String], { description: 'What it may do: read:organisations, read:projects, telemetry, introspection.' })
  scopes!: string[];

  @Field(() => ID, { nullable: true, description: 'The organisation it is bound to; null = centre-wide.' })
  organisationId!: string | null;

  @Field({ description: 'When it was created.' })
  createdAt!: Date;

  @Field({ description: 'When it stops working.' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while it works.' })
  revokedAt!: Date | null;
}

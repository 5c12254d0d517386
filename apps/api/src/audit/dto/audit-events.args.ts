import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination/connection-args.js';

@ArgsType()
export class AuditEventsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only this action code, e.g. INVITATION_SENT.' })
  @IsOptional()
  @Matches(/^[A-Z][A-Z0-9_]{2,63}$/, { message: 'action must be an action code such as INVITATION_SENT' })
  action?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events about this organisation.' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId?: string | null;
}

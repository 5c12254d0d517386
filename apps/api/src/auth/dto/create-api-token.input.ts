import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { TOKEN_SCOPES, type TokenScope } from '@suanli/domain';
import { CleanText } from '../../common/validation/clean-text.decorator.js';

@InputType({ description: 'A new integration token.' })
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for, 2–100 characters, e.g. "cluster telemetry".' })
  @CleanText({ min: 2, max: 100 })
  name!: string;

  @Field(() => [String], { description: `Any of: ${TOKEN_SCOPES.join(', ')}` })
  @ArrayMinSize(1)
  @ArrayMaxSize(TOKEN_SCOPES.length)
  @IsIn(TOKEN_SCOPES, { each: true })
  scopes!: TokenScope[];

  @Field(() => ID, { nullable: true, description: 'Bind the token to one organisation; omit for centre-wide.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  // No @Max here: more than a year is a business refusal (a userError), not malformed input.
  // No @Max here: more than a year is a business refusal (a userError), not malformed input.
  @Field(() => Int, { nullable: true, description: 'Days until the token expires: 90 when omitted, at most 365.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expiresInDays?: number | null;
}

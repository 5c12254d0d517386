import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DomainError } from '../errors/api-errors.js';
import { USER_ERROR_CODE_DESCRIPTIONS, UserErrorCode } from '../errors/error-codes.js';

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  valuesMap: Object.fromEntries(Object.entries(USER_ERROR_CODE_DESCRIPTIONS).map(([code, description]) => [code, { description }])),
});

@ObjectType('UserError', { description: 'A business rule the input broke; nothing was changed.' })
export class UserError {
  @Field(() => UserErrorCode)
  code!: UserErrorCode;

  @Field()
  message!: string;

  @Field(() => [String], { nullable: true, description: 'Path of the input field at fault.' })
  field!: string[] | null;
}

export function toUserError(error: DomainError): UserError {
  return { code: error.code, message: error.message, field: error.field };
}

/**
 * Runs a mutation's service call and shapes the payload: the result on success, or the
 * DomainError as `userErrors`. Anything else is a real failure and propagates.
 */
export async function payloadOf<T extends object>(
  run: () => Promise<T>,
): Promise<T & { userErrors: UserError[] } | { userErrors: UserError[] }> {
  try {
    return { ...(await run()), userErrors: [] };
  } catch (error) {
    if (error instanceof DomainError) return { userErrors: [toUserError(error)] };
    throw error;
  }
}

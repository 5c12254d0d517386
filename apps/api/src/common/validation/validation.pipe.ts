import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { badUserInput } from '../errors/api-errors.js';
import { findHygieneProblem } from './input-hygiene.js';

/**
 * What Nest passes as `metadata.type` for @Args(): GqlParamtype.ARGS is 3, which Nest's context
 * utilities name as RouteParamtypes.BODY. @Context(), @Info() and custom decorators differ.
 */
const GQL_ARGS_PARAM = 'body';

const HYGIENE_MESSAGES = {
  NUL_BYTE: 'contains a NUL character',
  DATE_OUT_OF_RANGE: 'is a date outside 1970–2199',
  INVALID_DATE: 'is not a valid date',
} as const;

/**
 * Validates every GraphQL argument: first the checks every input needs (input-hygiene.ts), then
 * the DTO's class-validator rules. A failure is BAD_USER_INPUT and nothing runs.
 */
class SuanliValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Only GraphQL arguments: @Context(), @Info() and @CurrentActor() also pass through pipes.
    if (metadata.type !== GQL_ARGS_PARAM) return super.transform(value, metadata);
    const problem = findHygieneProblem(value, metadata.data ?? 'input');
    if (problem) {
      const message = `${problem.path} ${HYGIENE_MESSAGES[problem.kind]}`;
      throw badUserInput(message, { validation: [message], fields: [problem.path.split(/[.[]/).at(-1)] });
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new SuanliValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const messages = errors.flatMap((error) => Object.values(error.constraints ?? { invalid: `${error.property} is invalid` }));
      return badUserInput(messages.join('; '), { validation: messages, fields: errors.map((e) => e.property) });
    },
  });
}

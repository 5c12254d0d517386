import { ValidationPipe } from '@nestjs/common';
import { badUserInput } from './errors/api-errors.js';

/** Validates every GraphQL input with class-validator; a failure is BAD_USER_INPUT and nothing runs. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const messages = errors.flatMap((error) => Object.values(error.constraints ?? { invalid: `${error.property} is invalid` }));
      return badUserInput(messages.join('; '), { validation: messages, fields: errors.map((e) => e.property) });
    },
  });
}

import { UserErrorCode } from './error-codes.js';

/** `userErrors` codes any feature may give; every other code is owned by one feature's manifest. */
export const COMMON_USER_ERROR_CODES: readonly UserErrorCode[] = [
  UserErrorCode.VALIDATION_FAILED,
  UserErrorCode.NOT_FOUND,
  UserErrorCode.INVALID_STATE,
  UserErrorCode.DUPLICATE_NAME,
];

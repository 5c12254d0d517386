import { describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import { describeUserError, userErrorField } from '../user-errors';

/** A tiny stand-in for i18next's t() with the zh-CN wording of two codes. */
const ZH: Record<string, string> = {
  'enums.UserErrorCode.INVALID_CREDENTIALS': '邮箱或密码错误',
  'enums.UserErrorCode.VALIDATION_FAILED': '输入有误',
};
const t = ((key: string, options?: { defaultValue?: string }) => ZH[key] ?? options?.defaultValue ?? key) as unknown as TFunction;

describe('user errors in the current language', () => {
  it('words a business error from its code', () => {
    expect(describeUserError({ code: 'INVALID_CREDENTIALS', message: 'Wrong email or password' }, t)).toBe('邮箱或密码错误');
  });

  it('keeps the server detail for validation failures', () => {
    const text = describeUserError({ code: 'VALIDATION_FAILED', message: 'reason is too short', field: ['input', 'reason'] }, t);
    expect(text).toBe('输入有误：reason is too short');
  });

  it('falls back to the server message for a code it does not know', () => {
    expect(describeUserError({ code: 'SOMETHING_NEW', message: 'Something new happened' }, t)).toBe('Something new happened');
  });

  it('points at the last segment of the field path', () => {
    expect(userErrorField({ code: 'X', message: '', field: ['input', 'name'] })).toBe('name');
    expect(userErrorField({ code: 'X', message: '', field: null })).toBeUndefined();
  });
});

import { describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import zhCN from '../../../i18n/zh-CN.json' with { type: 'json' };
import { describeUserError, userErrorField } from '../user-errors';

/** A tiny stand-in for i18next's t() over the real zh-CN resources. */
const t = ((key: string, options?: { defaultValue?: string }) => {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], zhCN);
  return typeof value === 'string' ? value : (options?.defaultValue ?? key);
}) as unknown as TFunction;

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

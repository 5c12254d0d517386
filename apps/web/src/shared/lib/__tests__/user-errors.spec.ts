import { describe, expect, it } from '@jest/globals';
import { fakeT } from '../../testing/fake-t';
import { describeUserError, joinMessages, placeUserErrors, userErrorField } from '../user-errors';

/** A tiny stand-in for i18next's t() with the zh-CN wording of two codes. */
const ZH: Record<string, string> = {
  'enums.UserErrorCode.INVALID_CREDENTIALS': '邮箱或密码错误',
  'enums.UserErrorCode.VALIDATION_FAILED': '输入有误',
};
const t = fakeT(ZH);

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

describe('placing a payload’s user errors on a form', () => {
  const EN: Record<string, string> = {
    'enums.UserErrorCode.VALIDATION_FAILED': 'Invalid input',
    'enums.UserErrorCode.EMAIL_TAKEN': 'That email is taken',
    'enums.UserErrorCode.NOT_ALLOWED': 'Not allowed',
    'common.detailSeparator': ': ',
    'common.listSeparator': '; ',
  };
  const en = fakeT(EN);

  it('puts an error under the field it names when the form has that field', () => {
    const placed = placeUserErrors([{ code: 'EMAIL_TAKEN', message: 'taken', field: ['input', 'email'] }], ['email', 'name'], en);
    expect(placed).toEqual({ fields: [{ name: 'email', errors: ['That email is taken'] }], formError: null });
  });

  it('keeps the rest for the form’s alert, joined in the reader’s language', () => {
    const placed = placeUserErrors(
      [
        { code: 'NOT_ALLOWED', message: 'no', field: null },
        { code: 'VALIDATION_FAILED', message: 'role is unknown', field: ['input', 'role'] },
        { code: 'EMAIL_TAKEN', message: 'taken', field: ['input', 'email'] },
      ],
      ['email'],
      en,
    );
    expect(placed.fields).toEqual([{ name: 'email', errors: ['That email is taken'] }]);
    expect(placed.formError).toBe('Not allowed; Invalid input: role is unknown');
    expect(placed.formError).not.toMatch(/[；：]/);
  });

  it('joins with the Chinese separator in Chinese', () => {
    expect(joinMessages(['甲', '乙'], t)).toBe('甲；乙');
    expect(joinMessages(['a', 'b'], en)).toBe('a; b');
  });

  it('has nothing to show for no errors', () => {
    expect(placeUserErrors([], ['email'], en)).toEqual({ fields: [], formError: null });
  });
});

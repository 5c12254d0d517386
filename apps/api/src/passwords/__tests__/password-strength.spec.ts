import { checkPassword } from '../password-strength.js';

/** The real zxcvbn-ts dictionaries, as the API runs them. */
describe('password strength (zxcvbn-ts)', () => {
  it('accepts unrelated words with digits and symbols', () => {
    expect(checkPassword('Maple-Orbit-Quartz-47!', ['li@centre.cn', 'Li Wei', '星河智造'])).toEqual([]);
  });

  it('refuses common passwords, keyboard walks and the person’s own details', () => {
    expect(checkPassword('password123456', [])).toEqual(['TOO_WEAK']);
    expect(checkPassword('qwertyuiop12', [])).toEqual(['TOO_WEAK']);
    expect(checkPassword('rongchengvision2026', ['founder@rongcheng-vision.example'])).toEqual(['TOO_WEAK']);
    expect(checkPassword('Suanli2026!', [])).toEqual(['TOO_WEAK']);
  });
});

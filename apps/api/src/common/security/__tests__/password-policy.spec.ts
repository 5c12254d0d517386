import { passwordProblem } from '../password-policy.js';

describe('password policy', () => {
  it.each([
    ['short', 'Ab#1xyz', 'TOO_SHORT'],
    ['the published demo password', 'Suanli#2026', 'TOO_WEAK'],
    ['a keyboard walk', 'qwertyuiop', 'TOO_WEAK'],
    ['a common word with digits', 'password123', 'TOO_WEAK'],
  ])('refuses %s', (_what, password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });
  it('counts the user’s own email and name as known to an attacker', () => {
    expect(passwordProblem('wangmin.chengdu', ['wangmin.chengdu@centre.example'])).toBe('TOO_WEAK');
  });
  it('accepts a long passphrase', () => {
    expect(passwordProblem('violet kettle harbour 1987 rain')).toBeNull();
  });
});

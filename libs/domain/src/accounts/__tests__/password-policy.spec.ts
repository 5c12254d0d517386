import { PASSWORD_MIN_LENGTH, passwordProblems, passwordUserInputs } from '../password-policy.js';

describe('password policy', () => {
  it('accepts a long, strong password', () => {
    expect(passwordProblems({ password: 'Maple-Orbit-Quartz-47!', score: 4 })).toEqual([]);
  });

  it('counts characters, not UTF-16 units, against the minimum', () => {
    const nineEmoji = '🔒'.repeat(PASSWORD_MIN_LENGTH - 1);
    expect(nineEmoji.length).toBeGreaterThanOrEqual(PASSWORD_MIN_LENGTH);
    expect(passwordProblems({ password: nineEmoji, score: 4 })).toEqual(['TOO_SHORT']);
  });

  it('refuses a guessable password whatever its length, and the current one again', () => {
    expect(passwordProblems({ password: 'password1234567', score: 1 })).toEqual(['TOO_WEAK']);
    expect(passwordProblems({ password: 'Maple-Orbit-Quartz-47!', score: 4, current: 'Maple-Orbit-Quartz-47!' })).toEqual(['SAME_AS_CURRENT']);
    expect(passwordProblems({ password: 'x'.repeat(129), score: 4 })).toEqual(['TOO_LONG']);
  });

  it('turns a person’s details into words an attacker would try', () => {
    expect(passwordUserInputs('Wang.Li@rongcheng-vision.example', '王 力', null)).toEqual(
      expect.arrayContaining(['suanli', 'wang.li@rongcheng-vision.example', 'wang', 'rongcheng', 'vision', '王 力']),
    );
  });
});

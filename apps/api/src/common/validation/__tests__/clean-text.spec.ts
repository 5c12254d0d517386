import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import fc from 'fast-check';
import { CleanText } from '../clean-text.decorator.js';

class NameInput {
  @CleanText({ min: 2, max: 10 })
  name!: string;
}

class NoteInput {
  @CleanText({ max: 50, multiline: true })
  note!: string;
}

function check<T extends object>(type: new () => T, plain: Record<string, unknown>) {
  const instance = plainToInstance(type, plain);
  return { instance, errors: validateSync(instance) };
}

describe('CleanText', () => {
  it('trims before checking the length: blanks are empty, not long enough', () => {
    expect(check(NameInput, { name: '   ' }).errors).toHaveLength(1);
    expect(check(NameInput, { name: '  ab  ' }).instance.name).toBe('ab');
    expect(check(NameInput, { name: '  ab  ' }).errors).toHaveLength(0);
  });

  it.each([
    ['zero-width space', 'ac\u200bme'],
    ['zero-width joiner', 'ac\u200dme'],
    ['right-to-left override', 'abc\u202edef'],
    ['isolate', 'abc\u2066d'],
    ['byte order mark', 'ac\ufeffme'],
    ['a control character', 'ac\u0007me'],
    ['a line break', 'ac\nme'],
  ])('refuses %s in a name', (_what, name) => {
    expect(check(NameInput, { name }).errors).toHaveLength(1);
  });

  it('lets free text have line breaks and emoji but not direction overrides', () => {
    expect(check(NoteInput, { note: 'line one\nline two 👩‍💻' }).errors).toHaveLength(0);
    expect(check(NoteInput, { note: 'pay \u202e0001\u202c' }).errors).toHaveLength(1);
  });

  it('normalises to NFC so look-alike compositions are one name', () => {
    expect(check(NameInput, { name: 'Cafe\u0301' }).instance.name).toBe('Café');
  });

  it('accepts every trimmed printable name within the bounds (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Z0-9 一-龥·-]{2,10}$/), (raw) => {
        const trimmed = raw.trim();
        const { errors } = check(NameInput, { name: raw });
        expect(errors.length === 0).toBe(trimmed.length >= 2);
      }),
    );
  });
});

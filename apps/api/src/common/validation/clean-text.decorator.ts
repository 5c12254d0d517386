import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength, ValidateBy } from 'class-validator';

/**
 * Characters a name must never carry: C0/C1 controls, zero-width characters (invisible
 * look-alikes: "ac\u200bme" is not "acme"), and bidirectional controls (they reorder what a
 * reader sees, as in "Trojan Source").
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NAME_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;
/** Free text may have line breaks and tabs, and ZWJ inside emoji, but no other controls nor bidi overrides. */
// eslint-disable-next-line no-control-regex -- as above
const TEXT_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;

export interface CleanTextOptions {
  min?: number;
  max: number;
  /** Free text (reasons, summaries): line breaks allowed. Default: a single-line name. */
  multiline?: boolean;
}

/** NFC, then trimmed: lengths are checked on what is stored, so "   " is empty, not 3 characters. */
export function cleanText(value: unknown): unknown {
  return typeof value === 'string' ? value.normalize('NFC').trim() : value;
}

/**
 * A text argument: normalised and trimmed BEFORE its length is checked, and refused when it
 * carries invisible or direction-changing characters. Use on every user-typed name and text.
 */
export function CleanText({ min = 0, max, multiline = false }: CleanTextOptions): PropertyDecorator {
  const forbidden = multiline ? TEXT_FORBIDDEN : NAME_FORBIDDEN;
  const decorators = [
    Transform(({ value }) => cleanText(value)),
    IsString(),
    MaxLength(max),
    ValidateBy({
      name: 'noInvisibleCharacters',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !forbidden.test(value),
        defaultMessage: (args) =>
          `${args?.property ?? 'text'} contains invisible, control or text-direction characters`,
      },
    }),
  ];
  if (min > 0) decorators.push(MinLength(min, { message: (args) => `${args.property} must be at least ${min} characters after trimming` }));
  return applyDecorators(...decorators);
}

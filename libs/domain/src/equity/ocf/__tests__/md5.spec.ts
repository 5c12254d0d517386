import { createHash, randomBytes } from 'node:crypto';
import { md5Hex } from '../md5.js';

describe('md5Hex (the manifest checksums)', () => {
  it('gives the RFC 1321 test-suite digests', () => {
    const digest = (text: string) => md5Hex(new TextEncoder().encode(text));
    expect(digest('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(digest('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(digest('12345678901234567890123456789012345678901234567890123456789012345678901234567890')).toBe('57edf4a22be3c955ac49da2e2107b67a');
  });

  it('agrees with node:crypto around the 64-byte block and padding edges', () => {
    for (const length of [1, 55, 56, 57, 63, 64, 65, 119, 120, 1000, 100_000]) {
      const bytes = randomBytes(length);
      expect(md5Hex(bytes)).toBe(createHash('md5').update(bytes).digest('hex'));
    }
  });
});

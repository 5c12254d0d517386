import { createHash, randomBytes } from 'node:crypto';
import { md5Hex } from '../md5.js';
it('md5', () => {
  expect(md5Hex(new TextEncoder().encode(''))).toBe('d41d8cd98f00b204e9800998ecf8427e');
  for (const n of [1, 55, 56, 63, 64, 65, 1000, 100000]) {
    const b = randomBytes(n);
    expect(md5Hex(b)).toBe(createHash('md5').update(b).digest('hex'));
  }
});

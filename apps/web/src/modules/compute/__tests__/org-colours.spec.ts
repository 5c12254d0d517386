import { describe, expect, it } from '@jest/globals';
import { assignOrganisationColours, OCCUPIED_COLOUR, organisationColour, PALETTE } from '../org-colours';

const ids = Array.from({ length: 16 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

describe('organisation colours', () => {
  it('gives up to 16 organisations 16 different colours', () => {
    const colours = assignOrganisationColours(ids);
    expect(new Set(colours.values()).size).toBe(16);
  });

  it('does not depend on the order the organisations come in', () => {
    const forward = assignOrganisationColours(ids);
    const backward = assignOrganisationColours([...ids].reverse());
    for (const id of ids) expect(backward.get(id)).toBe(forward.get(id));
  });

  it('is a pure function of the id without a known set', () => {
    expect(organisationColour(ids[3]!)).toBe(organisationColour(ids[3]!));
    expect(organisationColour(ids[3]!)).toMatch(/^#[0-9a-f]{6}$/);
  });
});

/** CIE76 ΔE between two #rrggbb colours, via sRGB → XYZ (D65) → L*a*b*. */
function deltaE(a: string, b: string): number {
  const lab = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c > 0.04045 ? ((c + 0.055) / 1.055) ** 2.4 : c / 12.92;
    }) as [number, number, number];
    const f = (v: number) => (v > 0.008856 ? Math.cbrt(v) : 7.787 * v + 16 / 116);
    const x = f((r * 0.4124 + g * 0.3576 + bl * 0.1805) / 0.95047);
    const y = f(r * 0.2126 + g * 0.7152 + bl * 0.0722);
    const z = f((r * 0.0193 + g * 0.1192 + bl * 0.9505) / 1.08883);
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
}

describe('the organisation palette', () => {
  // ~20 ΔE tells small cells apart at a glance; the old navy/blue/grey pairs were under 15.
  const DISTINCT = 20;

  it('keeps every two organisation colours clearly apart', () => {
    const close = PALETTE.flatMap((a, i) => PALETTE.slice(i + 1).filter((b) => deltaE(a, b) < DISTINCT).map((b) => `${a}~${b}`));
    expect(close).toEqual([]);
  });

  it('keeps organisation colours apart from occupied, free, drained and failed cards', () => {
    for (const status of [OCCUPIED_COLOUR, '#f0f5ff', '#d9d9d9', '#8c8c8c', '#ff4d4f']) {
      expect(PALETTE.filter((colour) => deltaE(colour, status) < DISTINCT)).toEqual([]);
    }
  });
});

/**
 * A set of domains (by their position inside their card type) that iterates in position
 * order: best fit breaks ties by the lowest domain, which keeps placement reproducible and
 * matches the reference baselines. A bitset makes add, delete and "first member" cheap.
 */
export class DomainBucket<T extends { readonly slot: number }> {
  private readonly words: Uint32Array;
  private count = 0;

  constructor(private readonly members: readonly T[]) {
    this.words = new Uint32Array(Math.ceil(members.length / 32) || 1);
  }

  get size(): number {
    return this.count;
  }

  add(item: T): void {
    const w = item.slot >>> 5;
    const bit = 1 << (item.slot & 31);
    if ((this.words[w]! & bit) === 0) {
      this.words[w]! |= bit;
      this.count++;
    }
  }

  delete(item: T): void {
    const w = item.slot >>> 5;
    const bit = 1 << (item.slot & 31);
    if ((this.words[w]! & bit) !== 0) {
      this.words[w]! &= ~bit;
      this.count--;
    }
  }

  /** First member, in position order, that satisfies `accept` (no generator on the hot path). */
  find(accept: (item: T) => boolean): T | undefined {
    const words = this.words;
    for (let w = 0; w < words.length; w++) {
      let bits = words[w]!;
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        const item = this.members[(w << 5) + (31 - Math.clz32(low))]!;
        if (accept(item)) return item;
      }
    }
    return undefined;
  }

  *[Symbol.iterator](): Generator<T> {
    const words = this.words;
    for (let w = 0; w < words.length; w++) {
      let bits = words[w]!;
      while (bits !== 0) {
        const low = bits & -bits;
        const i = (w << 5) + (31 - Math.clz32(low));
        bits ^= low;
        yield this.members[i]!;
      }
    }
  }
}

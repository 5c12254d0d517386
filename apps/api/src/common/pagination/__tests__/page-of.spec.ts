import { jest } from '@jest/globals';
import { connectionOfList, pageOf } from '../page-of.js';

const letters = ['a', 'b', 'c', 'd', 'e'];

describe('pageOf', () => {
  it('keeps `first` rows, says another page follows from the extra row, and names both end cursors', () => {
    const page = pageOf(['a', 'b', 'c'], 2, (node) => `cur-${node}`, () => false);
    expect(page.edges).toEqual([
      { cursor: 'cur-a', node: 'a' },
      { cursor: 'cur-b', node: 'b' },
    ]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, startCursor: 'cur-a', endCursor: 'cur-b', hasPreviousPage: false });
  });

  it('gives null cursors for an empty page', () => {
    expect(pageOf([], 5, String, () => true).pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
  });

  it('asks whether earlier rows exist only when hasPreviousPage is read', async () => {
    const earlier = jest.fn(async () => true);
    const { pageInfo } = pageOf(['a'], 1, String, earlier);
    expect(earlier).not.toHaveBeenCalled();
    await expect(pageInfo.hasPreviousPage).resolves.toBe(true);
    expect(earlier).toHaveBeenCalledTimes(1);
  });
});

describe('connectionOfList', () => {
  const page = (after: string | null) => connectionOfList(letters, { first: 2, after });

  it('walks a list in pages, each continuing after the previous endCursor', () => {
    const first = page(null);
    const second = page(first.pageInfo.endCursor);
    const third = page(second.pageInfo.endCursor);
    expect([first, second, third].map((p) => p.edges.map((e) => e.node))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect([first, second, third].map((p) => [p.pageInfo.hasPreviousPage, p.pageInfo.hasNextPage])).toEqual([
      [false, true],
      [true, true],
      [true, false],
    ]);
    expect(third.totalCount).toBe(5);
    expect(second.pageInfo.startCursor).toBe(second.edges[0].cursor);
  });

  it('starts from the top for a cursor it did not issue, as it always did', () => {
    expect(page('not-a-cursor').edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(page(Buffer.from('-3').toString('base64url')).pageInfo.hasPreviousPage).toBe(false);
  });
});

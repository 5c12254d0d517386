export * from './term-sheet.js';
export * from './check-term-sheet.js';
export * from './equity-maths.js';
export * from './tranches.js';
export * from './buy-back.js';
export * from './version-diff.js';
export type * from './ocf/cap-table-snapshot.js';

export * from './term-sheet.js';
export * from './check-term-sheet.js';
export * from './equity-maths.js';
export * from './tranches.js';
export * from './buy-back.js';
export * from './version-diff.js';
export * from './ocf/index.js';
export * from './portfolio-maths.js';

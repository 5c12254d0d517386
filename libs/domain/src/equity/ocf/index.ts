export * from './cap-table-snapshot.js';
export * from './ocf-types.js';
export { ocfFileText } from './ocf-file-text.js';
export { snapshotProblems } from './snapshot-problems.js';
export { checkOcfReferences } from './check-ocf-references.js';
export { cnyPerShare, toOcf } from './to-ocf.js';
export type { ToOcfOptions } from './to-ocf.js';
export { zipOcf } from './zip-ocf.js';

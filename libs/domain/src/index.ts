export * from './lifecycle/project-stage.js';
export * from './lifecycle/transitions.js';
export * from './access/roles.js';
export * from './access/permissions.js';
export * from './money/money.js';
export * from './organisation/organisation-kind.js';
export * from './adaptation/adaptation.js';
export * from './compute/allocation.js';

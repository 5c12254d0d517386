export * from './attachment-rules.js';
export * from './business-hours.js';

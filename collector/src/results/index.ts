// Results of feedback forms: pure functions (no database, no HTTP).
export * from './answers.js';
export * from './labels.js';
export * from './summary.js';

/**
 * The contract between the widgets and the collector: JSON Schemas, payload types, canonical JSON
 * and hashing, credit redaction, and the reference and key a person keeps. No Lit and no DOM, so
 * the collector (Node) imports it as it is.
 */
export * from './schemas.js';
export * from './hash.js';
export * from './redact.js';
export * from './reference.js';
export type * from './consent.js';
export type * from './credits.js';
export type * from './feedback.js';
export type * from './impact.js';
export * from './text.js';

// Muffin's post history: pure logic (no DOM, no browser API; eslint.config.js enforces it). Storage lives in
// lib/storage, the background's handlers in lib/background.
export * from './types';
export * from './weeks';
export { OffsetCache, exactOffset } from './time-zone';
export * from './aggregate';
export * from './report';
export * from './targets';
export * from './habits';
export * from './validate';
export * from './merge';
export * from './retention';
export * from './export';
export * from './import';
export * from './team';
export { parseIsoTime } from './iso-time';
export * from './stored';
export * from './compact';
export * from './weekly-summary';

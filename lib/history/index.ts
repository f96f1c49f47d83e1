// Muffin's post history: pure logic (no DOM, no browser API). Storage lives in lib/storage.
export * from './types';
export * from './weeks';
export { OffsetCache, exactOffset, localTimeZone, assertTimeZone } from './time-zone';
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
export { parseIsoTime, formatIsoTime, daysFromCivil } from './iso-time';
export * from './stored';
export * from './compact';
export * from './weekly-summary';

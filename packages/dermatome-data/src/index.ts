/**
 * @dermatome/data: what the product knows about the dermatomes of the leg.
 * Pure TypeScript, no runtime dependencies; shared by the API (grading, scheduling input)
 * and the web (drawing the maps).
 */
export * from './types.js';
export * from './maps/index.js';
export * from './sources.js';
export * from './facts/index.js';
export * from './cards/index.js';
export * from './decks.js';
export * from './grading.js';
export * from './atlas/index.js';
export * from './examination/index.js';

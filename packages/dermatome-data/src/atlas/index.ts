/** The atlas: its address, the records it shows, the ready-made comparisons, search and the chart download. */
export * from './params.js';
export * from './records.js';
export * from './compare.js';
export * from './search.js';
export * from './chart.js';

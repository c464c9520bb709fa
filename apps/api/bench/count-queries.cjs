// Preloaded into the API by statements-per-review.mjs (node --require): counts the statements the
// API sends to PostgreSQL through pg, by their first words, and writes the running totals to the
// file named by COUNT_QUERIES_FILE every 50 ms (signals are Nest's shutdown hooks, so no signal).
const fs = require('node:fs');
const pg = require('pg');

const counts = new Map();
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, ...rest) {
  const text = typeof config === 'string' ? config : (config?.text ?? '');
  const key = text.replace(/\s+/g, ' ').trim().slice(0, 90);
  counts.set(key, (counts.get(key) ?? 0) + 1);
  return original.call(this, config, ...rest);
};
setInterval(() => fs.writeFileSync(process.env.COUNT_QUERIES_FILE, JSON.stringify(Object.fromEntries(counts))), 50).unref();

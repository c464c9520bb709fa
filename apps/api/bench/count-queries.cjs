// Preloaded into the API by statements-per-review.mjs (node --require): counts the statements the
// API sends to PostgreSQL through pg, by their first words, with the time each took from send to
// answer, and writes the running totals ({ key: [count, ms] }) to the file named by
// COUNT_QUERIES_FILE every 50 ms (signals are Nest's shutdown hooks, so no signal).
const fs = require('node:fs');
const pg = require('pg');

const totals = new Map();
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, ...rest) {
  const text = typeof config === 'string' ? config : (config?.text ?? '');
  const key = text.replace(/\s+/g, ' ').trim().slice(0, 90);
  const entry = totals.get(key) ?? [0, 0];
  totals.set(key, entry);
  entry[0] += 1;
  const t0 = performance.now();
  const done = () => (entry[1] += performance.now() - t0);
  const callback = typeof rest[rest.length - 1] === 'function' ? rest.pop() : null;
  if (callback)
    return original.call(this, config, ...rest, (...args) => {
      done();
      return callback(...args);
    });
  const result = original.call(this, config, ...rest);
  if (result && typeof result.then === 'function') result.then(done, done);
  return result;
};
setInterval(() => fs.writeFileSync(process.env.COUNT_QUERIES_FILE, JSON.stringify(Object.fromEntries(totals))), 50).unref();

// Regenerates the OpenAPI document from the built API and the typed schema from the document.
// With --check, writes nothing: it fails when the committed files differ from what the API produces now.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const specPath = join(here, 'openapi.json');
const schemaPath = join(here, 'src', 'schema.ts');
const limitsPath = join(here, 'src', 'limits.ts');

const LIMIT_KEYS = ['minimum', 'maximum', 'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems'];

/** The limits the document states for one property (and for each element of an array). */
function limitsOf(property) {
  const own = Object.fromEntries(LIMIT_KEYS.filter((k) => property[k] !== undefined).map((k) => [k, property[k]]));
  if (property.type === 'integer') own.integer = true;
  const items = property.items && !property.items.$ref ? limitsOf(property.items) : undefined;
  if (items) own.items = items;
  return Object.keys(own).length > 0 && Object.keys(own).some((k) => k !== 'integer') ? own : undefined;
}

/** `LIMITS.<Schema>.<property>`: every limit of every request field, for forms to show and check. */
function limitsModule(spec) {
  const schemas = {};
  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    const fields = {};
    for (const [prop, value] of Object.entries(schema.properties ?? {})) {
      const limits = limitsOf(value);
      if (limits) fields[prop] = limits;
    }
    if (Object.keys(fields).length > 0) schemas[name] = fields;
  }
  return (
    '// Generated from openapi.json by `pnpm generate:client`. Do not edit by hand.\n\n' +
    '/** The limits (minimum, maximum, lengths, patterns, array sizes) the API enforces on each request field. */\n' +
    `export const LIMITS = ${JSON.stringify(schemas, null, 2)} as const;\n`
  );
}
const check = process.argv.includes('--check');

const apiDir = join(here, '..', '..', 'apps', 'api');
const writer = join(apiDir, 'dist', 'scripts', 'write-openapi.js');
if (!existsSync(writer)) {
  console.error(`${writer} is missing: build the API first (pnpm --filter @dermatome/api build).`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'dt-openapi-'));
try {
  const freshSpecPath = join(work, 'openapi.json');
  execFileSync(process.execPath, [writer, freshSpecPath], { stdio: ['ignore', 'ignore', 'inherit'] });
  const freshSpec = readFileSync(freshSpecPath, 'utf8');
  const header = '// Generated from openapi.json by `pnpm generate:client`. Do not edit by hand.\n\n';
  const freshSchema =
    header +
    astToString(await openapiTS(JSON.parse(freshSpec), { alphabetize: true, exportType: false, defaultNonNullable: false }));

  const freshLimits = limitsModule(JSON.parse(freshSpec));

  if (check) {
    const stale = [
      [specPath, freshSpec],
      [schemaPath, freshSchema],
      [limitsPath, freshLimits],
    ].filter(([path, fresh]) => !existsSync(path) || readFileSync(path, 'utf8') !== fresh);
    if (stale.length > 0) {
      console.error(
        `The committed API client is stale (${stale.map(([p]) => p.replace(here + '/', '')).join(', ')}). Run: pnpm generate:client`,
      );
      process.exit(1);
    }
    console.log('API client is up to date with the API.');
  } else {
    writeFileSync(specPath, freshSpec);
    writeFileSync(schemaPath, freshSchema);
    writeFileSync(limitsPath, freshLimits);
    console.log(`Wrote ${specPath}, ${schemaPath} and ${limitsPath}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

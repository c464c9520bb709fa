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

  if (check) {
    const stale = [
      [specPath, freshSpec],
      [schemaPath, freshSchema],
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
    console.log(`Wrote ${specPath} and ${schemaPath}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createApp } from '../app.factory';
import { loadConfig } from '../config/configuration';
import { buildOpenApiDocument } from '../openapi';

/** Writes the OpenAPI document (stable key order) without serving: an in-memory database is enough. */
async function main(): Promise<void> {
  const target = resolve(process.argv[2] ?? 'openapi.json');
  const config = loadConfig({ EMBEDDED_DATA_DIR: 'memory://', LOG_LEVEL: 'silent', SEED_DEMO: 'false', NODE_ENV: 'production' });
  const app = await createApp(config);
  await app.init();
  const document = buildOpenApiDocument(app);
  writeFileSync(target, JSON.stringify(document, null, 2) + '\n');
  await app.close();
  console.log(`OpenAPI document written to ${target}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

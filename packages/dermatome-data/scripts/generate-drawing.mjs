// Writes src/maps/drawing.generated.ts (what renderMapSvg draws: SVG path strings) from the built
// geometry; `--check` fails when the committed file is stale. Run after `pnpm build`.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const target = join(root, 'src', 'maps', 'drawing.generated.ts');
const { drawingModuleText } = await import(join(root, 'dist', 'esm', 'maps', 'drawing-derive.js'));
const text = drawingModuleText();
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error('src/maps/drawing.generated.ts is stale: run pnpm --filter @dermatome/data generate:drawing');
    process.exit(1);
  }
  console.log('drawing.generated.ts matches the geometry');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}

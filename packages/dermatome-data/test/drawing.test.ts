import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawingModuleText } from '../src/maps/drawing-derive.js';
import {
  drawnKeyPoints,
  drawnTerritoryNerves,
  drawViews,
  keyPointsOnView,
  mapViews,
  NERVE_IDS,
  territoryNerves,
  VIEW_IDS,
} from '../src/index.js';

describe('the drawing data the browser loads', () => {
  it('is generated from the current geometry (run generate:drawing after changing it)', () => {
    const committed = readFileSync(join(__dirname, '..', 'src', 'maps', 'drawing.generated.ts'), 'utf8');
    expect(committed === drawingModuleText()).toBe(true);
  });

  it.each(VIEW_IDS)('draws the %s view with the same zones, territories and key points as the hit-test geometry', (view) => {
    const drawn = drawViews[view];
    const full = mapViews[view];
    expect(drawn.viewBox).toBe(full.viewBox);
    expect(drawn.outline.path).toBe(full.outline.path);
    expect(drawn.zones.map((z) => [z.root, z.side, z.path, z.labels])).toEqual(
      full.zones.map((z) => [z.root, z.side, z.path, z.labels]),
    );
    expect(drawn.nerves.map((t) => [t.nerve, t.side, t.path, t.edgePath, t.labels])).toEqual(
      full.nerves.map((t) => [t.nerve, t.side, t.path, t.edgePath, t.labels]),
    );
    expect(drawn.contested.map((c) => c.path)).toEqual(full.contested.map((c) => c.path));
    expect(drawnKeyPoints(view, 'left')).toEqual(
      keyPointsOnView(view, 'left').map(({ root, side, x, y }) => ({ root, side, x, y })),
    );
  });

  it('composes every nerve from the same leaf territories as the facts’ branch tree', () => {
    for (const nerve of NERVE_IDS) expect(drawnTerritoryNerves(nerve)).toEqual(territoryNerves(nerve));
  });
});

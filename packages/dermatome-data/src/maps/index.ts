/** The drawn lower body: geometry, hit-testing, key points, nerve layer and SVG rendering. */
export { mapViews, rootsOnView, ringPath, polygonsPath, isViewId, isSideId } from './geometry.js';
export {
  zoneAt,
  nerveAt,
  nervesAt,
  nerveContact,
  sideAt,
  isInsideLimb,
  distance,
  pointInPolygon,
  pointInRing,
  distanceToBoundary,
} from './hit-test.js';
export { keyPoints, keyPointFor, keyPointsOnView, isNearKeyPoint, KEY_POINT_TOLERANCE } from './key-points.js';
export { TERRITORY_NERVES, NERVE_PARENT, nerveAncestors, isBranchOf, territoryNerves, isCompoundNerve } from './nerves.js';
export { CONTESTED_AREAS, contestedCaption } from './contested.js';
export { renderMapSvg, escapeXml } from './render.js';
export { drawViews, drawnKeyPoints, drawnTerritoryNerves, drawnNerveName } from './drawing.js';
export { questionMapOptions, answerMapOptions, mapLegend, swatchSvg, hatchSwatchSvg } from './presentation.js';
export type { PlacedPoint, ClickGrade, LegendSwatch, LegendHatch, MapLegend } from './presentation.js';
export { zoneStyle, nerveStyle, OKABE_ITO, CLICK_COLOURS, SIDE_NAMES } from './style.js';
export type {
  FlatRing,
  FlatPolygon,
  Point,
  LabelSpot,
  MapView,
  MapZone,
  MapBand,
  MapContested,
  MapTerritory,
  MapDetail,
  ZoneStyle,
  NerveStyle,
  PatternKind,
  ClickMark,
  RootHighlight,
  NerveHighlight,
  RenderMapOptions,
} from './types.js';
export type { DrawnView, DrawView } from './drawing-types.js';

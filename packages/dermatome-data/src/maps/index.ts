/** The drawn leg maps: geometry, hit-testing, key points and SVG rendering. */
export { mapViews, rootsOnView, ringPath, polygonsPath } from './geometry.js';
export { zoneAt, isInsideLimb, distance, pointInPolygon, pointInRing, distanceToBoundary } from './hit-test.js';
export { keyPoints, keyPointFor, keyPointsOnView, isNearKeyPoint, KEY_POINT_TOLERANCE } from './key-points.js';
export { renderMapSvg, escapeXml } from './render.js';
export { zoneStyle, OKABE_ITO, CLICK_COLOURS } from './style.js';
export type {
  FlatRing,
  FlatPolygon,
  Point,
  MapView,
  MapZone,
  MapBand,
  MapDetail,
  ZoneStyle,
  PatternKind,
  ClickMark,
  RenderMapOptions,
} from './types.js';

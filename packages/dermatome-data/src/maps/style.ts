import type { RootId } from '../types.js';
import type { PatternKind, ZoneStyle } from './types.js';

/** Okabe-Ito colours (colour-blind safe). Nine roots share seven colours; no two neighbours do. */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

const STYLES: Record<RootId, { fill: string; pattern: PatternKind }> = {
  L1: { fill: OKABE_ITO.orange, pattern: 'diagonal' },
  L2: { fill: OKABE_ITO.skyBlue, pattern: 'horizontal' },
  L3: { fill: OKABE_ITO.bluishGreen, pattern: 'dots' },
  L4: { fill: OKABE_ITO.yellow, pattern: 'back-diagonal' },
  L5: { fill: OKABE_ITO.blue, pattern: 'vertical' },
  S1: { fill: OKABE_ITO.vermillion, pattern: 'cross-hatch' },
  S2: { fill: OKABE_ITO.reddishPurple, pattern: 'grid' },
  // S3 and S4-5 border only S1-S2 and each other on the map, never L4/L5 whose colours they reuse
  S3: { fill: OKABE_ITO.yellow, pattern: 'rings' },
  'S4-5': { fill: OKABE_ITO.blue, pattern: 'zigzag' },
};

/** A root id made safe for an SVG id: "S4-5" -> "s4-5". */
const slug = (root: RootId): string => root.toLowerCase();

/** Fill colour, pattern and label of a root's zone. */
export function zoneStyle(root: RootId): ZoneStyle {
  const style = STYLES[root];
  return { root, fill: style.fill, pattern: style.pattern, patternId: `pattern-${slug(root)}`, label: root };
}

/** Colours of the learner's click result (with a shape and a word; never colour alone). */
export const CLICK_COLOURS = {
  correct: OKABE_ITO.bluishGreen,
  partial: OKABE_ITO.orange,
  wrong: OKABE_ITO.vermillion,
  ungraded: OKABE_ITO.black,
} as const;

/** Fill of a highlighted zone on a question face that must not reveal its root. */
export const CONCEALED_HIGHLIGHT = { fill: OKABE_ITO.skyBlue, pattern: 'diagonal' as PatternKind };

/** Neutral fill of zones that are not coloured. */
export const NEUTRAL_FILL = '#E9E6E1';

const STROKE = 'stroke="#000" stroke-opacity="0.32" stroke-width="1.3"';

/** The tile of a pattern (12 x 12 units), drawn over the zone's fill. */
export function patternTile(kind: PatternKind): string {
  switch (kind) {
    case 'diagonal':
      return `<path d="M-3 3L3 -3M0 12L12 0M9 15L15 9" ${STROKE}/>`;
    case 'back-diagonal':
      return `<path d="M-3 9L3 15M0 0L12 12M9 -3L15 3" ${STROKE}/>`;
    case 'horizontal':
      return `<path d="M0 3H12M0 9H12" ${STROKE}/>`;
    case 'vertical':
      return `<path d="M3 0V12M9 0V12" ${STROKE}/>`;
    case 'cross-hatch':
      return `<path d="M0 0L12 12M12 0L0 12" ${STROKE}/>`;
    case 'grid':
      return `<path d="M6 0V12M0 6H12" ${STROKE}/>`;
    case 'dots':
      return '<circle cx="3" cy="3" r="1.6" fill="#000" fill-opacity="0.35"/><circle cx="9" cy="9" r="1.6" fill="#000" fill-opacity="0.35"/>';
    case 'rings':
      return `<circle cx="6" cy="6" r="3.2" fill="none" ${STROKE}/>`;
    case 'zigzag':
      return `<path d="M0 4L3 1L6 4L9 1L12 4M0 10L3 7L6 10L9 7L12 10" fill="none" ${STROKE}/>`;
  }
}

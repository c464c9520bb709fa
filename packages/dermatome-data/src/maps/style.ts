import type { NerveId, SideId, ZoneRootId } from '../types.js';
import type { NerveStyle, PatternKind, ZoneStyle } from './types.js';

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

const STYLES: Record<ZoneRootId, { fill: string; pattern: PatternKind }> = {
  // the trunk (context only): T12 borders L1 and T11, T10 borders T11 only
  T10: { fill: OKABE_ITO.reddishPurple, pattern: 'dots' },
  T11: { fill: OKABE_ITO.skyBlue, pattern: 'vertical' },
  T12: { fill: OKABE_ITO.bluishGreen, pattern: 'waves' },
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
const slug = (root: ZoneRootId): string => root.toLowerCase();

/** Fill colour, pattern and label of a root's zone. */
export function zoneStyle(root: ZoneRootId): ZoneStyle {
  const style = STYLES[root];
  return { root, fill: style.fill, pattern: style.pattern, patternId: `pattern-${slug(root)}`, label: root };
}

/**
 * Nerve territories: colour, pattern and a short label (the legend spells the name out).
 * Neighbouring territories never share a colour; the pattern and label tell apart the rest.
 * Compound nerves (drawn as the union of their branches) have a style of their own for highlights.
 */
const NERVE_STYLES: Record<NerveId, { fill: string; pattern: PatternKind; label: string }> = {
  ilioinguinal: { fill: OKABE_ITO.orange, pattern: 'diagonal', label: 'IIN' },
  genitofemoral: { fill: OKABE_ITO.skyBlue, pattern: 'dots', label: 'GFN' },
  'lateral-femoral-cutaneous': { fill: OKABE_ITO.yellow, pattern: 'horizontal', label: 'LFCN' },
  femoral: { fill: OKABE_ITO.bluishGreen, pattern: 'vertical', label: 'FN' },
  obturator: { fill: OKABE_ITO.vermillion, pattern: 'grid', label: 'ObN' },
  saphenous: { fill: OKABE_ITO.reddishPurple, pattern: 'back-diagonal', label: 'SaN' },
  'posterior-femoral-cutaneous': { fill: OKABE_ITO.blue, pattern: 'horizontal', label: 'PFCN' },
  'common-fibular': { fill: OKABE_ITO.orange, pattern: 'rings', label: 'CFN' },
  'superficial-fibular': { fill: OKABE_ITO.skyBlue, pattern: 'diagonal', label: 'SFN' },
  'deep-fibular': { fill: OKABE_ITO.vermillion, pattern: 'cross-hatch', label: 'DFN' },
  sural: { fill: OKABE_ITO.yellow, pattern: 'zigzag', label: 'SuN' },
  'tibial-tarsal-tunnel': { fill: OKABE_ITO.bluishGreen, pattern: 'zigzag', label: 'TN' },
  'medial-calcaneal': { fill: OKABE_ITO.bluishGreen, pattern: 'dots', label: 'MCN' },
  'medial-plantar': { fill: OKABE_ITO.skyBlue, pattern: 'waves', label: 'MPN' },
  'lateral-plantar': { fill: OKABE_ITO.vermillion, pattern: 'vertical', label: 'LPN' },
  sciatic: { fill: OKABE_ITO.blue, pattern: 'cross-hatch', label: 'ScN' },
  pudendal: { fill: OKABE_ITO.reddishPurple, pattern: 'rings', label: 'PuN' },
};

/** Fill colour, pattern and short label of a nerve's territory. */
export function nerveStyle(nerve: NerveId): NerveStyle {
  const style = NERVE_STYLES[nerve];
  return { nerve, fill: style.fill, pattern: style.pattern, patternId: `nerve-${nerve}`, label: style.label };
}

/** The patient's sides as written on the map and in captions. */
export const SIDE_NAMES: Record<SideId, { letter: string; word: string }> = {
  right: { letter: 'R', word: 'right' },
  left: { letter: 'L', word: 'left' },
};

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
    case 'waves':
      return `<path d="M0 4Q3 1 6 4T12 4M0 10Q3 7 6 10T12 10" fill="none" ${STROKE}/>`;
    case 'none':
      return '';
  }
}

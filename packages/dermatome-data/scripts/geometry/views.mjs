// The drawn lower body: outlines, anatomy landmarks, the dermatome partition, the contested
// areas, the peripheral-nerve territories and the key points, for three views.
//
// Everything is authored for the patient's RIGHT side in body millimetres of an adult of about
// 1.70 m: d = distance from the body midline (mm, lateral positive), h = height above the floor
// (mm). The left side is the mirror image (d -> -d). Each view maps (side, d, h) to its own SVG
// coordinates (y down):
//   anterior  - the lower body from just above the umbilicus (T10) down, seen from the front: the
//               patient's Right on the viewer's left. The feet are drawn the way clinical charts
//               draw them, seen from in front and above (dorsum and toes below the floor line).
//   posterior - the same from behind: the patient's Right on the viewer's right. The feet are
//               plantar-flexed so that heel and sole face the viewer (as on the ISNCSCI chart).
//   plantar   - both soles, toes up, as if looking at the soles from behind the patient: the right
//               sole on the viewer's right, the big toes towards the middle.
// Parts drawn below the floor use negative h as a drawing convenience.
//
// The dermatomes follow the base map of shared/reference/dermatomes.md (section 1); where it is
// silent (trunk, buttock, the sole) the choices follow the ISNCSCI worksheet figure and are noted
// next to the region that makes them. The nerve territories follow section 6b (Gray's, the MRC
// "Aids", Netter): each territory is drawn as its usual extent; the generator marks a band along
// its inner edges as the variable edge.
import { pc, smoothOpen, smoothClosed, circle, offsetStrip } from './lib.mjs';

const SCALE = 1.4;
/** Height drawn at the top edge of the front and back views (a hand above the umbilicus). */
const TOP_H = 1100;
const CX = 300;

/**
 * Lowers the knee a little (485 -> 452 mm) so that the thigh reads longer than the leg, as
 * drawn charts do; identity above the perineum and below the ankle.
 */
function warpHeight(h) {
  const KNEE = 485;
  const KNEE_DRAWN = 452;
  if (h >= 800 || h <= 100) return h;
  if (h >= KNEE) return KNEE_DRAWN + ((h - KNEE) * (800 - KNEE_DRAWN)) / (800 - KNEE);
  return 100 + ((h - 100) * (KNEE_DRAWN - 100)) / (KNEE - 100);
}

/**
 * Nodes of one toe drawn between two web points (the webs themselves are corners), its rounded
 * tip at height tipH (below the webs when dir = -1, above them when dir = 1).
 */
function toe(a, b, tipH, dir = -1) {
  const w = b[0] - a[0];
  const r = (Math.abs(w) / 2) * -dir;
  const mid = (a[0] + b[0]) / 2;
  return [
    [a[0] + 0.02 * w, (a[1] + tipH + r) / 2],
    [a[0] + 0.03 * w, tipH + r],
    [a[0] + 0.15 * w, tipH + 0.3 * r],
    [mid, tipH],
    [b[0] - 0.15 * w, tipH + 0.3 * r],
    [b[0] - 0.03 * w, tipH + r],
    [b[0] - 0.02 * w, (b[1] + tipH + r) / 2],
    [b[0], b[1], 'c'],
  ];
}

/** Drawing helpers bound to one side's map from (d, h) to view coordinates. */
export function makeHelpers(toView) {
  const T = ([d, h]) => toView(d, h);
  /** A smooth curve through (d, h) points, in view coordinates. */
  const curve = (pts) => smoothOpen(pts.map(T), 6);
  /** The polygon closed by a curve and far-away points (one side of the curve). */
  const side = (curvePts, farPts) => [[...curve(curvePts), ...farPts.map(T)]];
  /** A smooth closed blob through (d, h) points. */
  const blob = (pts) => [smoothClosed(pts.map(T), 3)];
  const ellipse = ([cd, ch], a, b, n = 72) => [
    Array.from({ length: n }, (_, i) => {
      const t = (2 * Math.PI * i) / n;
      return T([cd + a * Math.cos(t), ch + b * Math.sin(t)]);
    }),
  ];
  /** A strip of half-width w (view units) along a curve through (d, h) points. */
  const strip = (pts, w) => [offsetStrip(curve(pts), w)];
  const nodes = (list) => list.map(([d, h, c]) => [...T([d, h]), c ?? false]);
  return { T, curve, side, blob, ellipse, strip, nodes };
}

const FAR = 2000;
const below = (H, c) =>
  H.side(c, [
    [c.at(-1)[0], -FAR],
    [c[0][0], -FAR],
  ]);
const above = (H, c) =>
  H.side(c, [
    [c.at(-1)[0], FAR],
    [c[0][0], FAR],
  ]);
const everything = (H) => [
  [
    [-200, -FAR],
    [600, -FAR],
    [600, FAR],
    [-200, FAR],
  ].map(H.T),
];

/* ------------------------------------------------------------------ anterior view ---- */

// Skin contour of the right half, from the top cut at the waist down the lateral side, round the
// toes (5th to big toe), up the medial side to the perineum. `c` marks a corner.
const ANT_SKIN = [
  [146, TOP_H, 'c'],
  [141, 1065],
  [143, 1030],
  [150, 995],
  [159, 960],
  [166, 925],
  [175, 885],
  [181, 852],
  [183, 820],
  [180, 780],
  [174, 735],
  [166, 690],
  [157, 645],
  [148, 600],
  [140, 562],
  [135, 532],
  [133, 505],
  [132, 480],
  [134, 455],
  [138, 428],
  [141, 398],
  [140, 352],
  [135, 300],
  [128, 240],
  [122, 185],
  [119, 145],
  [119, 112],
  [121, 94],
  [124, 78],
  [124.5, 64],
  [124, 52],
  // foot, lateral border (seen from in front and above, so the dorsum shows, foreshortened)
  [127, 40],
  [135.5, 19],
  [143, -2],
  [148, -18],
  // fifth toe (its outer side continues the lateral border)
  [149.5, -28],
  [148, -38.5],
  [142, -45.5],
  [136, -44],
  [133, -38],
  [132, -31, 'c'],
  ...toe([132, -31], [114, -36], -55.5),
  ...toe([114, -36], [95, -40], -61),
  ...toe([95, -40], [76, -43], -65),
  // big toe, then the medial border of the foot up to below the medial malleolus
  [75.5, -52],
  [73, -60.5],
  [66, -67],
  [56, -68.5],
  [47, -64.5],
  [42, -55],
  [40, -40],
  [40.5, -21],
  [42.5, -2],
  [45.5, 16],
  [49, 34],
  [51, 50],
  // medial malleolus (higher than the lateral one)
  [49, 72],
  [47, 86],
  [50, 101],
  [56, 118],
  // medial leg: the calf bulge, the knee, the vastus medialis bulge, the adductor mass
  [60, 150],
  [59, 200],
  [53, 258],
  [40, 318],
  [28, 364],
  [22, 400],
  [23, 432],
  [26, 460],
  [24, 488],
  [21, 515],
  [20, 545],
  [22, 572],
  [25, 605],
  [23, 645],
  [17, 690],
  [10, 740],
  [4, 780],
  [0, 800, 'c'],
];

// Landmarks, in (d, h)
const UMBILICUS = [0, 1040];
const ASIS = [120, 930];
const PUBIC_TUBERCLE = [22, 852];
const midpoint = (a, b) => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
const INGUINAL_MID = midpoint(ASIS, PUBIC_TUBERCLE);
const MEDIAL_FEMORAL_CONDYLE = [34, 512];
const L2_POINT = midpoint(INGUINAL_MID, MEDIAL_FEMORAL_CONDYLE);
const L1_POINT = midpoint(INGUINAL_MID, L2_POINT);

// L4 | L5 runs down the middle of the shin (L4 the medial half of the leg), crosses the front of
// the ankle and reaches the medial border of the foot at the first metatarsal head.
const ANT_L4_L5 = [
  [80, 470],
  [82, 400],
  [88, 330],
  [91, 250],
  [92, 165],
  [90, 100],
  [85, 55],
  [76, 12],
  [63, -4],
  [51, -16],
  [43, -24],
  [-60, -30],
];

function anteriorRegions(H) {
  // Trunk: T10 round the umbilicus, T11, T12 down to just below the inguinal ligament (its key
  // point, the middle of the ligament, is T12). The bands run down and medially.
  const T10_T11 = [
    [-60, 1020],
    [0, 1018],
    [80, 1030],
    [150, 1052],
    [260, 1060],
  ];
  const T11_T12 = [
    [-60, 985],
    [0, 983],
    [80, 995],
    [150, 1015],
    [260, 1022],
  ];
  const T12_L1 = [
    [-60, 845],
    [0, 845],
    [22, 838],
    [71, 877],
    [120, 913],
    [180, 922],
    [260, 926],
  ];
  // Oblique borders across the thigh (lateral end higher): L1 the groin and upper medial thigh,
  // L2 the middle of the thigh, L3 the lower thigh, the knee and the medial knee.
  const L1_L2 = [
    [260, 852],
    [183, 846],
    [120, 806],
    [60, 762],
    [12, 724],
    [-60, 716],
  ];
  const L2_L3 = [
    [260, 695],
    [166, 690],
    [100, 642],
    [50, 608],
    [21, 592],
    [-60, 584],
  ];
  const L3_LEG = [
    [260, 476],
    [133, 472],
    [100, 452],
    [75, 440],
    [45, 428],
    [26, 421],
    [-60, 416],
  ];
  // S1 takes the lateral border of the foot from below the lateral malleolus, and the fifth toe.
  const L5_S1 = [
    [260, 62],
    [140, 58],
    [121, 50],
    [116, 28],
    [118, 5],
    [123, -9],
    [128.5, -22],
    [132, -31],
    [132.3, -42],
    [132.3, -300],
  ];
  return [
    { root: 'T10', region: above(H, T10_T11) },
    { root: 'T11', region: above(H, T11_T12) },
    { root: 'T12', region: above(H, T12_L1) },
    {
      root: 'S1',
      region: H.side(L5_S1, [
        [300, -300],
        [300, 66],
      ]),
    },
    {
      root: 'L4',
      region: pc.intersection(
        H.side(ANT_L4_L5, [
          [-100, -30],
          [-100, 470],
        ]),
        below(H, L3_LEG),
      ),
    },
    { root: 'L5', region: below(H, L3_LEG) },
    { root: 'L3', region: below(H, L2_L3) },
    { root: 'L2', region: below(H, L1_L2) },
    { root: 'L1', region: everything(H) },
  ];
}

function anteriorContested(H) {
  return [
    // the great toe: L5 on most charts, L4 on others (reference section 1)
    {
      id: 'hallux',
      roots: ['L4', 'L5'],
      region: H.side(
        [
          [20, -27],
          [50, -30],
          [66, -36],
          [77, -42],
          [78, -300],
        ],
        [[20, -300]],
      ),
    },
    // how far L4 reaches onto the dorsum: the medial dorsum between the ankle and the great toe
    {
      id: 'l4-dorsum',
      roots: ['L4', 'L5'],
      region: H.strip(ANT_L4_L5.slice(6, 11), 16),
    },
  ];
}

function anteriorNerves(H) {
  return [
    // first dorsal web space only
    {
      nerve: 'deep-fibular',
      region: H.blob([
        [76, -44],
        [68, -30],
        [66, -14],
        [75, -5],
        [86, -12],
        [88, -28],
        [84, -40],
      ]),
    },
    // lateral border of the foot to the little toe, from below the lateral malleolus
    {
      nerve: 'sural',
      region: H.side(
        [
          [260, 70],
          [150, 66],
          [124, 58],
          [117, 30],
          [120, 2],
          [126, -14],
          [131, -26],
          [140, -32],
          [141, -300],
        ],
        [
          [300, -300],
          [300, 70],
        ],
      ),
    },
    // infrapatellar branch at the medial knee, the medial leg, the medial malleolus and the medial
    // border of the foot to about the first metatarsal head
    {
      nerve: 'saphenous',
      region: H.side(
        [
          [-60, 548],
          [20, 548],
          [45, 500],
          [64, 470],
          [90, 458],
          [100, 445],
          [86, 425],
          [72, 400],
          [68, 330],
          [72, 250],
          [74, 160],
          [71, 100],
          [65, 60],
          [57, 20],
          [50, -5],
          [44, -20],
          [-60, -24],
        ],
        [
          [-100, -24],
          [-100, 548],
        ],
      ),
    },
    // the lower anterolateral leg and most of the dorsum of the foot and toes
    {
      nerve: 'superficial-fibular',
      region: below(H, [
        [-60, 300],
        [70, 300],
        [110, 312],
        [140, 320],
        [260, 322],
      ]),
    },
    // lateral cutaneous nerve of the calf: the upper lateral leg below the knee
    {
      nerve: 'common-fibular',
      region: below(H, [
        [-60, 462],
        [90, 458],
        [110, 470],
        [140, 478],
        [260, 480],
      ]),
    },
    // an oval on the anterolateral thigh from a hand below the ASIS to above the knee
    {
      nerve: 'lateral-femoral-cutaneous',
      region: H.blob([
        [150, 850],
        [178, 835],
        [190, 760],
        [180, 670],
        [160, 590],
        [140, 555],
        [120, 575],
        [110, 650],
        [115, 740],
        [128, 815],
      ]),
    },
    // femoral branch: a patch over the upper femoral triangle below the middle of the ligament;
    // genital branch: the scrotum or labium majus (beside the midline, low)
    {
      nerve: 'genitofemoral',
      region: pc.union(
        H.blob([
          [76, 878],
          [94, 872],
          [100, 850],
          [88, 826],
          [66, 822],
          [54, 838],
          [58, 862],
        ]),
        H.blob([
          [0, 830],
          [12, 828],
          [18, 812],
          [10, 798],
          [0, 796],
        ]),
      ),
    },
    // skin over the pubis and the root of the genitals, and a small upper medial thigh patch
    {
      nerve: 'ilioinguinal',
      region: H.blob([
        [-5, 878],
        [24, 872],
        [40, 850],
        [48, 812],
        [44, 780],
        [30, 770],
        [14, 782],
        [-5, 795],
      ]),
    },
    // the inner thigh, its middle and lower thirds
    {
      nerve: 'obturator',
      region: H.blob([
        [-5, 735],
        [26, 735],
        [42, 700],
        [44, 640],
        [38, 585],
        [22, 560],
        [-5, 570],
      ]),
    },
    // anterior cutaneous branches: the anterior and medial thigh between the groin and the knee
    {
      nerve: 'femoral',
      region: pc.intersection(
        above(H, [
          [-60, 462],
          [90, 458],
          [110, 470],
          [140, 478],
          [260, 480],
        ]),
        below(H, [
          [-60, 850],
          [22, 850],
          [71, 880],
          [120, 915],
          [260, 930],
        ]),
      ),
    },
  ];
}

function anteriorDetails() {
  const closed = (pts) => ({ closed: true, pts });
  const toeNail = (cd, tipH, w, len) =>
    closed([
      [cd - w / 2, tipH + len],
      [cd - w / 2, tipH + 5],
      [cd, tipH + 3],
      [cd + w / 2, tipH + 5],
      [cd + w / 2, tipH + len],
      [cd, tipH + len + 1],
    ]);
  return [
    {
      kind: 'umbilicus',
      midline: true,
      closed: true,
      pts: [
        [UMBILICUS[0] - 5, UMBILICUS[1]],
        [UMBILICUS[0], UMBILICUS[1] + 6],
        [UMBILICUS[0] + 5, UMBILICUS[1]],
        [UMBILICUS[0], UMBILICUS[1] - 6],
      ],
    },
    {
      kind: 'linea-alba',
      midline: true,
      faint: true,
      pts: [
        [0, 1028],
        [0, 960],
        [0, 880],
      ],
    },
    {
      kind: 'iliac-crest',
      faint: true,
      pts: [
        [150, 1000],
        [138, 975],
        [124, 945],
        [120, 932],
      ],
    },
    {
      kind: 'asis',
      closed: true,
      pts: [
        [116, 930],
        [120, 934],
        [124, 930],
        [120, 926],
      ],
    },
    { kind: 'inguinal-ligament', faint: true, pts: [ASIS, [95, 905], [60, 875], PUBIC_TUBERCLE] },
    // the external genitalia, with restraint: the mons and the root of the genitals
    {
      kind: 'mons',
      faint: true,
      pts: [
        [0, 858],
        [14, 850],
        [22, 832],
        [16, 810],
        [6, 800],
      ],
    },
    {
      kind: 'patella',
      closed: true,
      pts: [
        [78, 540],
        [93, 535],
        [98, 520],
        [92, 501],
        [80, 488],
        [75, 488],
        [63, 501],
        [58, 520],
        [63, 535],
      ],
    },
    {
      kind: 'tibial-tuberosity',
      faint: true,
      pts: [
        [76, 458],
        [80, 452],
        [84, 458],
      ],
    },
    {
      kind: 'fibular-head',
      closed: true,
      faint: true,
      pts: [
        [126, 462],
        [131, 456],
        [132, 446],
        [127, 440],
        [122, 448],
      ],
    },
    {
      kind: 'medial-malleolus',
      pts: [
        [52, 97],
        [56, 90],
        [56.5, 82],
        [54, 76],
      ],
    },
    {
      kind: 'lateral-malleolus',
      pts: [
        [121, 80],
        [118, 73],
        [118, 65],
        [120.5, 59],
      ],
    },
    {
      kind: 'ankle-crease',
      faint: true,
      pts: [
        [62, 44],
        [80, 39],
        [100, 39],
        [116, 44],
      ],
    },
    toeNail(57, -68.5, 16, 12),
    toeNail(85.5, -65, 9, 8.5),
    toeNail(104.5, -61, 8, 8),
    toeNail(123, -55.5, 7, 7),
    toeNail(141.5, -45.5, 6, 6),
  ].map((d) => ({ ...d, kind: d.kind === undefined ? 'toenail' : d.kind }));
}

export const anterior = {
  id: 'anterior',
  viewBox: [0, 0, 2 * CX, 1700],
  // the patient's Right on the viewer's left
  toView: (side) => (d, h) => [CX + (side === 'right' ? -1 : 1) * SCALE * d, 30 + (TOP_H - warpHeight(h)) * SCALE],
  skin: ANT_SKIN,
  topH: TOP_H,
  regions: anteriorRegions,
  contested: anteriorContested,
  nerves: anteriorNerves,
  details: anteriorDetails,
  keyPoints: [
    { root: 'T12', at: INGUINAL_MID },
    { root: 'L1', at: L1_POINT },
    { root: 'L2', at: L2_POINT },
    { root: 'L3', at: MEDIAL_FEMORAL_CONDYLE },
    { root: 'L4', at: [57, 86] },
    { root: 'L5', at: [104.5, -16] },
  ],
  sideLabel: [205, 1060],
  // A label spot per root where the automatic one would sit on an anatomy line.
  labelAt: { L3: [108, 590], L4: [55, 250], L5: [108, 300], S1: [131, 0], L1: [100, 862], T12: [110, 950], T10: [60, 1065] },
  nerveLabelAt: {},
};

/* ----------------------------------------------------------------- posterior view ---- */

// From the top cut at the waist down the lateral side, round the heel and the sole
// (plantar-flexed foot, toes pointing down the page, little toe first), up the medial side to
// the perineum.
const POST_SKIN = [
  [146, TOP_H, 'c'],
  [141, 1065],
  [144, 1030],
  [150, 1000],
  [156, 968],
  [166, 930],
  [176, 890],
  [182, 852],
  [183, 820],
  [180, 780],
  [174, 735],
  [166, 690],
  [157, 645],
  [148, 600],
  [140, 562],
  [135, 532],
  [134, 505],
  [134, 482],
  [138, 455],
  [143, 422],
  [143, 388],
  [139, 342],
  [133, 292],
  [126, 232],
  [120, 178],
  [117, 138],
  [118, 110],
  [122, 90],
  [127, 72],
  [126, 56],
  [124, 42],
  // heel, lateral side, then the lateral border of the sole
  [125.5, 20],
  [127, -8],
  [129, -38],
  [134, -68],
  [140, -95],
  [144, -112],
  // fifth toe (its outer side continues the lateral border)
  [145, -124],
  [143, -136],
  [136.5, -143],
  [130.5, -140],
  [128, -132],
  [127.5, -125, 'c'],
  ...toe([127.5, -125], [110.5, -132], -157),
  ...toe([110.5, -132], [92.5, -137], -165),
  ...toe([92.5, -137], [74, -141], -170),
  // big toe, the ball, the medial arch (narrow waist), the heel
  [73.5, -155],
  [70.5, -166],
  [63, -174],
  [52.5, -174.5],
  [44.5, -167],
  [40.5, -152],
  [39.5, -130],
  [41, -110],
  [47, -88],
  [54, -62],
  [56.5, -38],
  [55.5, -14],
  [54, 12],
  [52.5, 36],
  [51.5, 56],
  // medial malleolus
  [49, 72],
  [47, 86],
  [50, 101],
  [56, 118],
  // medial leg: the medial head of gastrocnemius bulges lower and further than the lateral one
  [59, 150],
  [56, 192],
  [46, 245],
  [32, 292],
  [20, 340],
  [15, 385],
  [17, 424],
  [22, 460],
  [24, 490],
  [23, 520],
  [25, 560],
  [27, 600],
  [23, 650],
  [16, 700],
  [8, 750],
  [2, 785],
  [0, 795, 'c'],
];

const ANUS = [0, 822];
const ISCHIAL_TUBEROSITY = [56, 806];

// Where S2 (the back of the calf) meets S1 (the lower calf and heel): the tip of the S2 strip.
const POST_S2_CALF = [
  [104, 490],
  [101, 470],
  [100, 400],
  [95, 330],
  [87, 260],
  [80, 205],
  [70, 240],
  [61, 285],
];

function posteriorRegions(H) {
  // Trunk and buttock: T10-T12 across the lower back, then the dorsal rami of L1-L3 (superior
  // cluneal nerves) as oblique bands over the upper buttock. The base map is silent here; the
  // bands follow the ISNCSCI figure.
  const T10_T11 = [
    [-60, 1062],
    [0, 1060],
    [150, 1045],
    [260, 1040],
  ];
  const T11_T12 = [
    [-60, 1030],
    [0, 1028],
    [150, 1010],
    [260, 1005],
  ];
  const T12_L1 = [
    [-60, 995],
    [0, 993],
    [80, 985],
    [150, 968],
    [260, 962],
  ];
  const U1 = [
    [-60, 962],
    [0, 960],
    [80, 925],
    [150, 882],
    [185, 850],
    [260, 846],
  ];
  const U2 = [
    [-60, 930],
    [0, 928],
    [80, 893],
    [150, 848],
    [260, 836],
  ];
  const U3 = [
    [-60, 890],
    [0, 888],
    [80, 858],
    [130, 838],
    [160, 828],
    [260, 824],
  ];
  // The lateral edge of the thigh: the anterior L2 and L3 strips seen wrapping round.
  const THIGH_EDGE = [
    [168, 900],
    [166, 800],
    [160, 735],
    [152, 690],
    [136, 600],
    [124, 532],
    [122, 480],
    [122, 400],
  ];
  // The lateral leg (L5) and the medial leg (L4) seen from behind, below the knee.
  const LATERAL_LEG = [
    [118, 490],
    [119, 400],
    [114, 300],
    [110, 200],
    [109, 130],
    [112, 86],
    [120, 56],
    [135, 46],
    [260, 40],
  ];
  const MEDIAL = [
    [-60, 584],
    [22, 580],
    [38, 560],
    [45, 520],
    [46, 460],
    [49, 400],
    [54, 340],
    [61, 285],
    [64, 220],
    [66, 150],
    [68, 92],
    [64, 52],
    [52, 34],
    [-60, 24],
  ];
  const medialStrip = H.side(MEDIAL, [
    [-100, 24],
    [-100, 584],
  ]);
  const thighEdge = H.side(THIGH_EDGE, [
    [300, 400],
    [300, 900],
  ]);
  // S2: the strip down the back of the thigh, the popliteal fossa and the calf (base map).
  const s2 = H.side(POST_S2_CALF, [
    [-100, 285],
    [-100, FAR],
    [300, FAR],
    [300, 490],
  ]);
  return [
    // S4-5: the perianal disc; S3 the ring round it: the medial buttock with the ischial
    // tuberosity, the top of the inner thigh and the natal cleft over the lower sacrum.
    { root: 'S4-5', region: [circle(H.T(ANUS), 24 * SCALE, 48)] },
    {
      root: 'S3',
      region: H.side(
        [
          [-60, 935],
          [0, 935],
          [14, 931],
          [26, 920],
          [36, 902],
          [66, 872],
          [80, 832],
          [76, 782],
          [56, 748],
          [26, 728],
          [-60, 722],
        ],
        [[-100, 722]],
      ),
    },
    { root: 'T10', region: above(H, T10_T11) },
    { root: 'T11', region: above(H, T11_T12) },
    { root: 'T12', region: above(H, T12_L1) },
    { root: 'L1', region: above(H, U1) },
    {
      root: 'L2',
      region: pc.union(
        above(H, U2),
        pc.intersection(
          thighEdge,
          above(H, [
            [-60, 690],
            [260, 690],
          ]),
        ),
      ),
    },
    {
      root: 'L3',
      region: pc.union(
        above(H, U3),
        pc.intersection(
          thighEdge,
          above(H, [
            [-60, 480],
            [260, 480],
          ]),
        ),
        pc.intersection(
          medialStrip,
          above(H, [
            [-60, 440],
            [80, 424],
          ]),
        ),
      ),
    },
    {
      root: 'L5',
      region: pc.intersection(
        H.side(LATERAL_LEG, [
          [300, 40],
          [300, 490],
        ]),
        below(H, [
          [-60, 490],
          [260, 490],
        ]),
      ),
    },
    { root: 'L4', region: medialStrip },
    { root: 'S2', region: s2 },
    { root: 'S1', region: everything(H) },
  ];
}

function posteriorContested(H) {
  // where S1 and S2 meet on the back of the calf (sources draw the border at different heights)
  return [{ id: 'calf-s1-s2', roots: ['S1', 'S2'], region: H.strip(POST_S2_CALF.slice(2), 16) }];
}

function posteriorNerves(H) {
  const saphenous = H.side(
    [
      [-60, 500],
      [30, 500],
      [44, 450],
      [50, 380],
      [55, 300],
      [58, 220],
      [60, 140],
      [60, 80],
      [57, 40],
      [52, 0],
      [48, -40],
      [44, -80],
      [-60, -84],
    ],
    [
      [-100, -84],
      [-100, 500],
    ],
  );
  const CALF_TOP = [
    [-60, 330],
    [40, 334],
    [80, 330],
    [100, 330],
    [260, 330],
  ];
  return [
    // the perineum and the perianal skin
    { nerve: 'pudendal', region: H.ellipse([0, 818], 34, 40) },
    // the medial leg, the medial malleolus and the medial edge of the heel and arch
    { nerve: 'saphenous', region: saphenous },
    // lateral cutaneous nerve of the calf: the upper lateral leg
    {
      nerve: 'common-fibular',
      region: pc.intersection(
        H.side(
          [
            [104, 480],
            [106, 400],
            [100, 330],
            [86, 262],
          ],
          [
            [300, 262],
            [300, 480],
          ],
        ),
        below(H, [
          [-60, 480],
          [260, 480],
        ]),
      ),
    },
    // the lower back of the calf (with the medial sural cutaneous nerve), behind the lateral
    // malleolus, and the lateral border of the foot to the little toe
    {
      nerve: 'sural',
      region: pc.union(
        pc.intersection(
          below(H, CALF_TOP),
          above(H, [
            [-60, 40],
            [260, 40],
          ]),
        ),
        H.side(
          [
            [110, 60],
            [119, 0],
            [121, -40],
            [126, -80],
            [132, -110],
            [128, -128],
            [128, -300],
          ],
          [
            [300, -300],
            [300, 60],
          ],
        ),
      ),
    },
    // the heel (medial calcaneal branches of the tibial nerve)
    {
      nerve: 'medial-calcaneal',
      region: pc.intersection(
        above(H, [
          [-60, -20],
          [50, -24],
          [70, -40],
          [92, -46],
          [115, -40],
          [260, -30],
        ]),
        below(H, [
          [-60, 40],
          [260, 40],
        ]),
      ),
    },
    // the lateral third of the sole and the lateral one and a half toes
    {
      nerve: 'lateral-plantar',
      region: H.side(
        [
          [106, -40],
          [104, -80],
          [102, -112],
          [101.5, -132],
          [101.5, -300],
        ],
        [
          [300, -300],
          [300, -40],
        ],
      ),
    },
    // the medial two-thirds of the sole and the medial three and a half toes
    {
      nerve: 'medial-plantar',
      region: below(H, [
        [-60, -20],
        [260, -20],
      ]),
    },
    // a strip of the upper lateral thigh
    {
      nerve: 'lateral-femoral-cutaneous',
      region: H.side(
        [
          [190, 850],
          [160, 835],
          [150, 760],
          [140, 690],
          [130, 640],
          [190, 610],
        ],
        [[300, 700]],
      ),
    },
    // the inner thigh, its middle and lower thirds, seen from behind
    {
      nerve: 'obturator',
      region: H.blob([
        [-5, 735],
        [24, 730],
        [34, 660],
        [32, 590],
        [16, 560],
        [-5, 575],
      ]),
    },
    // the back of the thigh from the lower buttock to the popliteal fossa and the upper calf
    {
      nerve: 'posterior-femoral-cutaneous',
      region: pc.intersection(
        below(H, [
          [-60, 860],
          [40, 855],
          [90, 852],
          [140, 840],
          [260, 836],
        ]),
        above(H, CALF_TOP),
      ),
    },
  ];
}

function posteriorDetails() {
  const toeCrease = (cd, h, w) => ({
    kind: 'toe-crease',
    faint: true,
    pts: [
      [cd - w / 2, h + 1],
      [cd, h - 2],
      [cd + w / 2, h + 1],
    ],
  });
  return [
    {
      kind: 'spine',
      midline: true,
      faint: true,
      pts: [
        [0, 1095],
        [0, 1040],
        [0, 990],
      ],
    },
    {
      kind: 'iliac-crest',
      faint: true,
      pts: [
        [150, 1002],
        [110, 1012],
        [70, 1004],
        [45, 990],
      ],
    },
    // the sacrum: an inverted triangle between the dimples over the posterior superior iliac spines
    {
      kind: 'sacrum',
      faint: true,
      pts: [
        [0, 1000],
        [18, 998],
        [36, 990],
        [26, 940],
        [12, 900],
        [0, 885],
      ],
    },
    {
      kind: 'natal-cleft',
      midline: true,
      pts: [
        [0, 905],
        [0, 870],
        [0, 835],
      ],
    },
    {
      kind: 'gluteal-fold',
      pts: [
        [4, 806],
        [30, 794],
        [70, 790],
        [108, 797],
        [132, 812],
      ],
    },
    {
      kind: 'ischial-tuberosity',
      closed: true,
      faint: true,
      pts: [
        [48, 806],
        [56, 814],
        [64, 806],
        [56, 798],
      ],
    },
    {
      kind: 'anus',
      closed: true,
      midline: true,
      pts: [
        [-5, 822],
        [0, 828],
        [5, 822],
        [0, 816],
      ],
    },
    {
      kind: 'popliteal-crease',
      pts: [
        [42, 494],
        [62, 488],
        [80, 486],
        [100, 488],
        [118, 495],
      ],
    },
    {
      kind: 'fibular-head',
      closed: true,
      faint: true,
      pts: [
        [130, 462],
        [135, 456],
        [135, 446],
        [130, 440],
        [126, 448],
      ],
    },
    {
      kind: 'achilles-tendon',
      faint: true,
      pts: [
        [76, 190],
        [79, 130],
        [80, 70],
      ],
    },
    {
      kind: 'achilles-tendon',
      faint: true,
      pts: [
        [100, 190],
        [97, 130],
        [96, 70],
      ],
    },
    {
      kind: 'medial-malleolus',
      pts: [
        [53, 97],
        [56.5, 90],
        [57, 82],
        [54.5, 76],
      ],
    },
    {
      kind: 'lateral-malleolus',
      pts: [
        [121, 80],
        [117.5, 73],
        [117.5, 65],
        [120.5, 59],
      ],
    },
    {
      kind: 'heel-pad',
      faint: true,
      pts: [
        [57, -2],
        [68, -24],
        [90, -33],
        [112, -24],
        [125, -2],
      ],
    },
    {
      kind: 'ball-crease',
      faint: true,
      pts: [
        [43, -104],
        [70, -114],
        [100, -115],
        [140, -101],
      ],
    },
    toeCrease(57, -148, 20),
    toeCrease(83, -147, 11),
    toeCrease(101.5, -143, 10),
    toeCrease(119, -137, 9),
    toeCrease(136, -130, 8),
  ];
}

export const posterior = {
  id: 'posterior',
  viewBox: [0, 0, 2 * CX, 1840],
  // the patient's Right on the viewer's right
  toView: (side) => (d, h) => [CX + (side === 'right' ? 1 : -1) * SCALE * d, 30 + (TOP_H - warpHeight(h)) * SCALE],
  skin: POST_SKIN,
  topH: TOP_H,
  regions: posteriorRegions,
  contested: posteriorContested,
  nerves: posteriorNerves,
  details: posteriorDetails,
  keyPoints: [
    { root: 'S1', at: [108, 8] },
    { root: 'S2', at: [78, 494] },
    { root: 'S3', at: ISCHIAL_TUBEROSITY },
    { root: 'S4-5', at: [12, 822] },
  ],
  sideLabel: [205, 1060],
  labelAt: { 'S4-5': { at: [30, 760], leader: [8, 812] }, S3: [40, 870], S2: [80, 640], L4: [58, 250] },
  nerveLabelAt: { pudendal: { at: [30, 900], leader: [8, 835] } },
};

/* ------------------------------------------------------------------- plantar view ---- */

// The right sole in (d, v): d = distance from the body midline with the feet a little apart,
// v = distance from the back of the heel towards the toes (mm). Closed contour from the heel
// up the lateral border, round the toes (5th to great toe) and down the medial border.
const PLANTAR_SCALE = 1.9;
const SOLE = [
  [92, 0],
  [112, 5],
  [124, 20],
  [128, 45],
  [128, 75],
  [130, 105],
  [135, 135],
  [141, 160],
  [146, 180],
  [149, 192],
  [148.5, 203],
  [144, 210],
  [138, 209],
  [135, 203],
  [134, 196, 'c'],
  ...toe([134, 196], [116, 203], 226, 1),
  ...toe([116, 203], [97, 208], 236, 1),
  ...toe([97, 208], [78, 211], 243, 1),
  [77, 222],
  [75, 236],
  [69, 247],
  [58, 251],
  [48, 248],
  [42, 238],
  [40, 222],
  [40, 205],
  [41, 185],
  [45, 160],
  [51, 130],
  [55, 100],
  [56, 70],
  [55, 45],
  [60, 20],
  [72, 5],
];

function plantarRegions(H) {
  // The sole on the ISNCSCI figure: S1 the heel and the lateral sole, L5 the medial forefoot,
  // L4 the medial edge of the arch (the base map gives the sole to S1; its medial part is drawn
  // as the charts draw it).
  const L4_EDGE = [
    [-60, 48],
    [60, 50],
    [67, 100],
    [63, 135],
    [55, 165],
    [48, 184],
    [-60, 188],
  ];
  const L5_S1 = [
    [40, 58],
    [72, 110],
    [84, 160],
    [90, 195],
    [97, 208],
    [97, 400],
  ];
  return [
    {
      root: 'L4',
      region: H.side(L4_EDGE, [
        [-100, 186],
        [-100, 50],
      ]),
    },
    {
      root: 'L5',
      region: H.side(L5_S1, [
        [-100, 400],
        [-100, 58],
      ]),
    },
    { root: 'S1', region: everything(H) },
  ];
}

function plantarContested(H) {
  return [
    {
      id: 'hallux',
      roots: ['L4', 'L5'],
      region: H.side(
        [
          [20, 206],
          [50, 208],
          [70, 212],
          [79, 214],
          [79, 400],
        ],
        [[20, 400]],
      ),
    },
  ];
}

function plantarNerves(H) {
  return [
    // the lateral border of the foot
    {
      nerve: 'sural',
      region: H.side(
        [
          [116, -10],
          [119, 40],
          [121, 90],
          [127, 135],
          [134, 165],
          [140, 190],
          [142, 400],
        ],
        [
          [300, 400],
          [300, -10],
        ],
      ),
    },
    // the medial border of the foot to about the first metatarsal head
    {
      nerve: 'saphenous',
      region: H.side(
        [
          [-60, 66],
          [60, 66],
          [63, 100],
          [59, 135],
          [52, 165],
          [46, 182],
          [-60, 186],
        ],
        [
          [-100, 186],
          [-100, 66],
        ],
      ),
    },
    // the heel
    {
      nerve: 'medial-calcaneal',
      region: below(H, [
        [-60, 62],
        [60, 62],
        [92, 66],
        [140, 60],
        [260, 60],
      ]),
    },
    // the lateral third of the sole and the lateral one and a half toes
    {
      nerve: 'lateral-plantar',
      region: H.side(
        [
          [98, 62],
          [106, 110],
          [113, 160],
          [120, 195],
          [125, 210],
          [125, 400],
        ],
        [
          [300, 400],
          [300, 62],
        ],
      ),
    },
    // the medial two-thirds of the sole and the medial three and a half toes
    { nerve: 'medial-plantar', region: everything(H) },
  ];
}

function plantarDetails() {
  const toeCrease = (cd, v, w) => ({
    kind: 'toe-crease',
    faint: true,
    pts: [
      [cd - w / 2, v - 1],
      [cd, v + 2],
      [cd + w / 2, v - 1],
    ],
  });
  return [
    {
      kind: 'heel-pad',
      faint: true,
      pts: [
        [58, 55],
        [75, 66],
        [95, 68],
        [115, 64],
        [127, 55],
      ],
    },
    {
      kind: 'ball-crease',
      faint: true,
      pts: [
        [42, 178],
        [70, 188],
        [105, 190],
        [146, 182],
      ],
    },
    {
      kind: 'arch',
      faint: true,
      pts: [
        [57, 70],
        [62, 110],
        [56, 150],
      ],
    },
    toeCrease(58, 226, 22),
    toeCrease(87.5, 223, 13),
    toeCrease(106.5, 218, 12),
    toeCrease(125, 212, 11),
    toeCrease(142, 203, 8),
  ];
}

export const plantar = {
  id: 'plantar',
  viewBox: [0, 0, 2 * CX, 560],
  // soles seen from behind the patient: the right sole on the viewer's right, toes up
  toView: (side) => (d, v) => [CX + (side === 'right' ? 1 : -1) * PLANTAR_SCALE * (d + 4), 520 - v * PLANTAR_SCALE],
  skin: SOLE,
  closedOutline: true,
  regions: plantarRegions,
  contested: plantarContested,
  nerves: plantarNerves,
  details: plantarDetails,
  keyPoints: [],
  sideLabel: [95, -12],
  labelAt: { S1: [105, 90], L5: [74, 150] },
  nerveLabelAt: {},
};

export const views = [anterior, posterior, plantar];

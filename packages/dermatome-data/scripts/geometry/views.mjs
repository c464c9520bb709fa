// The drawn right lower limb: outline, anatomy lines, dermatome partition and key points.
//
// Everything is authored in body millimetres of an adult of about 1.70 m:
//   d = distance from the body midline (mm, lateral positive), h = height above the floor (mm).
// Each view maps (d, h) to its own SVG coordinates (1.4 units per mm, y down). The feet are
// drawn the way clinical charts draw them: the anterior foot seen from in front and above (dorsum
// and toes, extending below the floor line), the posterior foot plantar-flexed so that heel and
// sole face the viewer. Those parts use negative h as a drawing convenience.
//
// Zones follow the base map of shared/reference/dermatomes.md (section 1). Where it is silent,
// the choices follow the common clinical charts (ISNCSCI worksheet, Keegan & Garrett as drawn by
// Netter) and are noted next to the region that makes them.
import { pc, smoothOpen, smoothClosed, circle } from './lib.mjs';

const SCALE = 1.4;

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
 * tip at height tipH. Order: from web `a` round the tip to web `b`.
 */
function toe(a, b, tipH) {
  const w = b[0] - a[0];
  const r = Math.abs(w) / 2;
  const mid = (a[0] + b[0]) / 2;
  // straight sides (neighbouring toes touch), then a round tip of radius w/2
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

function makeHelpers(toView) {
  const T = ([d, h]) => toView(d, h);
  /** A smooth curve through (d, h) points, in view coordinates. */
  const curve = (pts) => smoothOpen(pts.map(T), 4);
  /** The polygon closed by a curve and far-away points (one side of the curve). */
  const side = (curvePts, farPts) => [[...curve(curvePts), ...farPts.map(T)]];
  const ellipse = ([cd, ch], a, b, n = 72) => [
    Array.from({ length: n }, (_, i) => {
      const t = (2 * Math.PI * i) / n;
      return T([cd + a * Math.cos(t), ch + b * Math.sin(t)]);
    }),
  ];
  const nodes = (list) => list.map(([d, h, c]) => [...T([d, h]), c ?? false]);
  const smooth = (pts) => smoothOpen(pts.map(T), 3);
  const closed = (pts) => smoothClosed(pts.map(T), 2.5);
  return { T, curve, side, ellipse, nodes, smooth, closed };
}

/* ------------------------------------------------------------------ anterior view ---- */

// Same vertical scale as the posterior view (a height h sits at the same y in both views).
const antToView = (d, h) => [285 - SCALE * d, 30 + (990 - warpHeight(h)) * SCALE];
const A = makeHelpers(antToView);

// Skin contour from the lateral end of the top cut, down the lateral side, round the toes
// (5th to big toe), up the medial side to the perineum. `c` marks a corner.
const ANT_SKIN = [
  [158, 945, 'c'],
  [166, 918],
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

const ANT_CUT = [
  [0, 800],
  [0, 945],
];

// Landmarks, in (d, h)
const ASIS = [120, 930];
const PUBIC_TUBERCLE = [22, 852];
const INGUINAL_MID = [(ASIS[0] + PUBIC_TUBERCLE[0]) / 2, (ASIS[1] + PUBIC_TUBERCLE[1]) / 2];
const MEDIAL_FEMORAL_CONDYLE = [34, 512];
const midpoint = (a, b) => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
const L2_POINT = midpoint(INGUINAL_MID, MEDIAL_FEMORAL_CONDYLE);
const L1_POINT = midpoint(INGUINAL_MID, L2_POINT);

function anteriorRegions() {
  const { side } = A;
  // Oblique borders across the thigh (lateral end higher, as the bands run from the hip down and
  // medially). L1 keeps the groin, the lower abdomen above the inguinal ligament and the upper
  // medial thigh; L2 the middle of the thigh; L3 the lower thigh, the knee and the medial knee.
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
  // L4 | L5 runs down the shin, crosses the front of the ankle and reaches the medial border of
  // the foot at the first metatarsal head: the medial leg and the medial malleolus are L4, the
  // lateral leg, the dorsum and the toes L5 (the hallux is contested; the map does not teach it).
  const L4_L5 = [
    [74, 460],
    [75, 400],
    [78, 330],
    [81, 250],
    [84, 165],
    [86, 100],
    [83, 55],
    [74, 12],
    [62, -4],
    [51, -16],
    [43, -24],
    [-60, -30],
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

  const below = (c) =>
    side(c, [
      [c.at(-1)[0], -400],
      [c[0][0], -400],
    ]);
  return [
    {
      root: 'S1',
      region: side(L5_S1, [
        [300, -300],
        [300, 66],
      ]),
    },
    {
      root: 'L4',
      region: pc.intersection(
        side(L4_L5, [
          [-100, -30],
          [-100, 460],
        ]),
        below(L3_LEG),
      ),
    },
    { root: 'L5', region: below(L3_LEG) },
    { root: 'L3', region: below(L2_L3) },
    { root: 'L2', region: below(L1_L2) },
    {
      root: 'L1',
      region: [
        [
          [-100, -600],
          [1000, -600],
          [1000, 2000],
          [-100, 2000],
        ],
      ],
    },
  ];
}

function anteriorDetails() {
  const { smooth, closed } = A;
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
      kind: 'inguinal-crease',
      points: smooth([
        [124, 932],
        [100, 908],
        [70, 884],
        [42, 864],
        [20, 850],
      ]),
    },
    // the kneecap: a rounded triangle, its apex pointing down
    {
      kind: 'patella',
      closed: true,
      points: closed([
        [78, 540],
        [93, 535],
        [98, 520],
        [92, 501],
        [80, 488],
        [75, 488],
        [63, 501],
        [58, 520],
        [63, 535],
      ]),
    },
    {
      kind: 'medial-malleolus',
      points: smooth([
        [52, 97],
        [56, 90],
        [56.5, 82],
        [54, 76],
      ]),
    },
    {
      kind: 'lateral-malleolus',
      points: smooth([
        [121, 80],
        [118, 73],
        [118, 65],
        [120.5, 59],
      ]),
    },
    {
      kind: 'ankle-crease',
      points: smooth([
        [62, 44],
        [80, 39],
        [100, 39],
        [116, 44],
      ]),
    },
    { kind: 'toenail', closed: true, points: toeNail(57, -68.5, 16, 12) },
    { kind: 'toenail', closed: true, points: toeNail(85.5, -65, 9, 8.5) },
    { kind: 'toenail', closed: true, points: toeNail(104.5, -61, 8, 8) },
    { kind: 'toenail', closed: true, points: toeNail(123, -55.5, 7, 7) },
    { kind: 'toenail', closed: true, points: toeNail(141.5, -45.5, 6, 6) },
  ];
}

export const anterior = {
  id: 'anterior',
  // starts lower than the posterior view: the anterior cut is lower (at the ASIS, not the iliac
  // crest); a height h has the same y in both views
  viewBox: [0, 63, 300, 1487],
  toView: antToView,
  skin: A.nodes(ANT_SKIN),
  cut: ANT_CUT.map(A.T),
  // the perineum corner and the midline-top corner are where the cut meets the skin
  cutCornerTop: A.T([0, 945]),
  regions: anteriorRegions,
  details: anteriorDetails,
  keyPoints: [
    { root: 'L1', at: L1_POINT },
    { root: 'L2', at: L2_POINT },
    { root: 'L3', at: MEDIAL_FEMORAL_CONDYLE },
    { root: 'L4', at: [57, 86] },
    { root: 'L5', at: [104.5, -16] },
  ],
  // A label spot per root where the automatic one would sit on an anatomy line.
  labelAt: { L3: [108, 590], L4: [50, 250], L5: [105, 300], S1: [131, 0], L1: [105, 862] },
  extraLabels: {},
};

/* ----------------------------------------------------------------- posterior view ---- */

const postToView = (d, h) => [15 + SCALE * d, 30 + (990 - warpHeight(h)) * SCALE];
const P = makeHelpers(postToView);

// From the lateral end of the top cut (just below the iliac crest) down the lateral side, round
// the heel and the sole (plantar-flexed foot, toes pointing down the page, little toe first),
// up the medial side to the perineum.
const POST_SKIN = [
  [150, 990, 'c'],
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

const POST_CUT = [
  [0, 795],
  [0, 990],
];

const ANUS = [0, 822];
const ISCHIAL_TUBEROSITY = [56, 806];

function posteriorRegions() {
  const { side } = P;
  // Over the buttock the dorsal rami of L1-L3 (superior cluneal nerves) supply oblique bands that
  // run down and laterally; the base map is silent here, the bands follow the common charts.
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
  // The lateral strip: L3 (lateral thigh, continuing the buttock band) down to the knee, then L5
  // (lateral leg) down to below the lateral malleolus.
  const LATERAL = [
    [168, 960],
    [156, 860],
    [151, 800],
    [146, 740],
    [139, 690],
    [131, 620],
    [126, 560],
    [122, 500],
    [120, 470],
    [119, 400],
    [114, 300],
    [110, 200],
    [109, 130],
    [112, 86],
    [120, 56],
    [135, 46],
    [260, 40],
  ];
  const KNEE_LATERAL = [
    [100, 480],
    [260, 474],
  ];
  // S2: the strip down the back of the thigh, the popliteal fossa and the calf (base map). It
  // reaches the medial edge of the upper thigh ("posterior thigh"); medial to it below mid-thigh
  // the skin is L3 (posteromedial knee, continuing the medial knee) and then L4 (medial leg).
  // S1: the posterolateral thigh and calf between S2 and the lateral strip (Keegan; Netter),
  // then the lower calf, the heel and the sole (base map).
  const S2_MEDIAL = [
    [-60, 584],
    [22, 580],
    [38, 560],
    [45, 520],
    [46, 460],
    [49, 400],
    [54, 340],
    [61, 285],
  ];
  const S2_TIP = [80, 205];
  const S2_LATERAL = [
    [130, 1000],
    [124, 860],
    [114, 770],
    [106, 700],
    [101, 610],
    [100, 530],
    [101, 470],
    [100, 400],
    [95, 330],
    [87, 260],
    S2_TIP,
  ];
  const L4_S1 = [
    [61, 285],
    [64, 220],
    [66, 150],
    [68, 92],
    [64, 52],
    [52, 34],
    [-60, 24],
  ];
  const MEDIAL_KNEE = [
    [-60, 440],
    [80, 424],
  ];

  const medialStrip = side(
    [...S2_MEDIAL, ...L4_S1.slice(1)],
    [
      [-100, 24],
      [-100, 584],
    ],
  );
  const lateralStrip = side(LATERAL, [
    [300, 40],
    [300, 960],
  ]);
  const above = (c) =>
    side(c, [
      [c.at(-1)[0], 2000],
      [c[0][0], 2000],
    ]);
  const aboveLine = (line) =>
    side(line, [
      [line.at(-1)[0], 2000],
      [line[0][0], 2000],
    ]);
  const s2 = [[...P.curve([...S2_MEDIAL, [70, 240], S2_TIP]), ...P.curve([...S2_LATERAL].reverse()).slice(1), P.T([60, 1000])]];
  return [
    // S4-5: the perianal ring (a half disc at the midline in this half-body view)
    { root: 'S4-5', region: [circle(P.T(ANUS), 24 * SCALE, 48)] },
    // S3: the outer ring round the anus: the medial buttock with the ischial tuberosity, the top
    // of the inner thigh, and up the natal cleft over the lower sacrum (medial cluneal skin).
    {
      root: 'S3',
      region: side(
        [
          [28, 1100],
          [28, 990],
          [31, 945],
          [44, 905],
          [66, 872],
          [80, 832],
          [76, 782],
          [56, 748],
          [26, 728],
          [-60, 722],
        ],
        [
          [-100, 722],
          [-100, 1100],
        ],
      ),
    },
    { root: 'L1', region: above(U1) },
    { root: 'L2', region: above(U2) },
    {
      root: 'L3',
      region: pc.union(
        above(U3),
        pc.intersection(lateralStrip, aboveLine(KNEE_LATERAL)),
        pc.intersection(medialStrip, aboveLine(MEDIAL_KNEE)),
      ),
    },
    { root: 'L5', region: lateralStrip },
    { root: 'L4', region: medialStrip },
    { root: 'S2', region: s2 },
    {
      root: 'S1',
      region: [
        [
          [-100, -600],
          [1000, -600],
          [1000, 2000],
          [-100, 2000],
        ],
      ],
    },
  ];
}

function posteriorDetails() {
  const { smooth } = P;
  const toeCrease = (cd, h, w) =>
    smooth([
      [cd - w / 2, h + 1],
      [cd, h - 2],
      [cd + w / 2, h + 1],
    ]);
  return [
    {
      kind: 'gluteal-fold',
      points: smooth([
        [4, 806],
        [30, 794],
        [70, 790],
        [108, 797],
        [132, 812],
      ]),
    },
    {
      kind: 'anus',
      points: smooth([
        [0, 828],
        [4, 825],
        [5, 822],
        [4, 819],
        [0, 816],
      ]),
    },
    {
      kind: 'popliteal-crease',
      points: smooth([
        [42, 494],
        [62, 488],
        [80, 486],
        [100, 488],
        [118, 495],
      ]),
    },
    {
      kind: 'achilles-tendon',
      points: smooth([
        [76, 190],
        [79, 130],
        [80, 70],
      ]),
    },
    {
      kind: 'achilles-tendon',
      points: smooth([
        [100, 190],
        [97, 130],
        [96, 70],
      ]),
    },
    {
      kind: 'medial-malleolus',
      points: smooth([
        [53, 97],
        [56.5, 90],
        [57, 82],
        [54.5, 76],
      ]),
    },
    {
      kind: 'lateral-malleolus',
      points: smooth([
        [121, 80],
        [117.5, 73],
        [117.5, 65],
        [120.5, 59],
      ]),
    },
    {
      kind: 'heel-pad',
      points: smooth([
        [57, -2],
        [68, -24],
        [90, -33],
        [112, -24],
        [125, -2],
      ]),
    },
    {
      kind: 'ball-crease',
      points: smooth([
        [43, -104],
        [70, -114],
        [100, -115],
        [140, -101],
      ]),
    },
    { kind: 'toe-crease', points: toeCrease(57, -148, 20) },
    { kind: 'toe-crease', points: toeCrease(83, -147, 11) },
    { kind: 'toe-crease', points: toeCrease(101.5, -143, 10) },
    { kind: 'toe-crease', points: toeCrease(119, -137, 9) },
    { kind: 'toe-crease', points: toeCrease(136, -130, 8) },
  ];
}

export const posterior = {
  id: 'posterior',
  viewBox: [0, 0, 300, 1700],
  toView: postToView,
  skin: P.nodes(POST_SKIN),
  cut: POST_CUT.map(P.T),
  cutCornerTop: P.T([0, 990]),
  regions: posteriorRegions,
  details: posteriorDetails,
  keyPoints: [
    { root: 'S1', at: [108, 8] },
    { root: 'S2', at: [78, 494] },
    { root: 'S3', at: ISCHIAL_TUBEROSITY },
    { root: 'S4-5', at: [12, 822] },
  ],
  labelAt: { 'S4-5': { at: [34, 772], leader: [8, 812] }, S3: [36, 880] },
  // a second label where one zone runs far from its first one (the S1 strip up the thigh)
  extraLabels: { S1: [[118, 650]] },
};

export const views = [anterior, posterior];

/** A point in a map view's own SVG coordinates (the units the API grades in). */
export interface ViewPoint {
  x: number;
  y: number;
}

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** "0 63 300 1487" -> { x: 0, y: 63, width: 300, height: 1487 }. */
export function parseViewBox(viewBox: string): ViewBox {
  const [x = 0, y = 0, width = 0, height = 0] = viewBox
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  return { x, y, width, height };
}

/**
 * A pointer position (client pixels) in the SVG's user coordinates. getScreenCTM covers every
 * CSS scale, scroll offset and the letterboxing of preserveAspectRatio, so this holds at any size.
 */
export function clientToSvg(svg: SVGSVGElement, clientX: number, clientY: number): ViewPoint | null {
  const matrix = svg.getScreenCTM();
  if (!matrix) return null;
  const point = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  return { x: point.x, y: point.y };
}

export const CROSSHAIR_STEP = 10;
export const CROSSHAIR_BIG_STEP = 50;

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export const isArrowKey = (key: string): boolean => key in ARROWS;

/** The keyboard crosshair after an arrow key (Shift for big steps), kept inside the view box. */
export function moveCrosshair(point: ViewPoint, key: string, big: boolean, box: ViewBox): ViewPoint {
  const direction = ARROWS[key];
  if (!direction) return point;
  const step = big ? CROSSHAIR_BIG_STEP : CROSSHAIR_STEP;
  return {
    x: Math.min(box.x + box.width, Math.max(box.x, point.x + direction[0] * step)),
    y: Math.min(box.y + box.height, Math.max(box.y, point.y + direction[1] * step)),
  };
}

export function centreOf(box: ViewBox): ViewPoint {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Where the crosshair is, in words that do not give the answer away: "40% across, 25% down". */
export function describePosition(point: ViewPoint, box: ViewBox): string {
  const across = Math.round(((point.x - box.x) / box.width) * 100);
  const down = Math.round(((point.y - box.y) / box.height) * 100);
  return `${across}% across, ${down}% down`;
}

import { describe, expect, it } from 'vitest';
import { centreOf, describePosition, moveCrosshair, parseViewBox } from './coordinates';

const box = parseViewBox('0 63 300 1487');

describe('keyboard crosshair', () => {
  it('starts in the middle of the view box', () => {
    expect(centreOf(box)).toEqual({ x: 150, y: 63 + 1487 / 2 });
  });

  it('moves 10 units per arrow and 50 with Shift', () => {
    const start = { x: 150, y: 500 };
    expect(moveCrosshair(start, 'ArrowRight', false, box)).toEqual({ x: 160, y: 500 });
    expect(moveCrosshair(start, 'ArrowUp', true, box)).toEqual({ x: 150, y: 450 });
    expect(moveCrosshair(start, 'Tab', false, box)).toBe(start);
  });

  it('stays inside the view box', () => {
    expect(moveCrosshair({ x: 5, y: 70 }, 'ArrowLeft', true, box)).toEqual({ x: 0, y: 70 });
    expect(moveCrosshair({ x: 5, y: 70 }, 'ArrowUp', true, box)).toEqual({ x: 5, y: 63 });
    expect(moveCrosshair({ x: 295, y: 1540 }, 'ArrowDown', true, box)).toEqual({ x: 295, y: 1550 });
  });

  it('describes where it is without naming a zone', () => {
    expect(describePosition({ x: 150, y: 63 + 1487 / 4 }, box)).toBe('50% across, 25% down');
  });
});

import { describe, expect, it } from 'vitest';
import { clockOffset, secondsLeft, warningDue } from './clock';

describe('exam clock', () => {
  it('takes the server clock from the middle of the request', () => {
    // the device is 10 minutes fast; the request took 200 ms
    const device = Date.parse('2026-11-23T10:10:00.000Z');
    const offset = clockOffset('2026-11-23T10:00:00.100Z', device, device + 200);
    expect(offset).toBe(-600_000);
  });

  it('counts down from the deadline by the server clock, whatever the device clock says', () => {
    const deadline = '2026-11-23T10:30:00.000Z';
    const deviceNow = Date.parse('2026-11-23T11:00:00.000Z'); // an hour fast
    expect(secondsLeft(deadline, deviceNow, -3_600_000)).toBe(30 * 60);
    expect(secondsLeft(deadline, deviceNow + 3_600_000, -3_600_000)).toBe(0);
  });

  it('warns once at 5 minutes and once at 1 minute; a late start gives the nearest warning only', () => {
    expect(warningDue(400, [], 600)).toBeNull();
    expect(warningDue(300, [], 600)).toBe(300);
    expect(warningDue(200, [300], 600)).toBeNull();
    expect(warningDue(59, [300], 600)).toBe(60);
    expect(warningDue(170, [], 600)).toBe(300);
    expect(warningDue(50, [], 600)).toBe(60);
    // a 3-minute exam starts under 5 minutes: no 5-minute warning
    expect(warningDue(180, [], 180)).toBeNull();
  });
});

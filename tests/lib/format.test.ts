import { describe, expect, test } from 'vitest';
import { figureWords } from '../../src/lib/format.ts';

describe('figures as readers write them', () => {
  test('a count keeps its noun, a measure its unit written out, a percentage its sign', () => {
    expect(figureWords({ qualifier: 'max', value: 12000, unit: 'troops' })).toBe('up to 12,000 troops');
    expect(figureWords({ qualifier: 'min', value: 7000000, unit: 'l' })).toBe('more than 7,000,000 liters');
    expect(figureWords({ qualifier: 'exact', value: 1, unit: 'l' })).toBe('1 liter');
    expect(figureWords({ qualifier: 'exact', value: 65, unit: '%' })).toBe('65%');
    expect(figureWords({ qualifier: 'approx', value: 50, unit: 'km' })).toBe('about 50 km');
    expect(figureWords({ qualifier: 'exact', value: 40, unit: null })).toBe('40');
  });
});

import { describe, expect, test } from 'vitest';
import { storyMap, type MapPlace } from '../../../src/pipeline/render/world-map.ts';

const place = (name: string, lat: number, lon: number, sources = 1): MapPlace => ({
  id: name,
  name,
  lat,
  lon,
  sources,
  href: `/compare/${name}/`,
});
const viewBox = (map: ReturnType<typeof storyMap>) => String(map.svg.properties.viewBox);

describe('storyMap', () => {
  test('zooms to the region of places that are all in one country', () => {
    const map = storyMap('m', [
      place('Asheville', 35.6, -82.55, 3),
      place('Tallahassee', 30.44, -84.28),
      place('Atlanta', 33.75, -84.39),
    ]);
    expect(map.extent).toBe('region');
    expect(viewBox(map)).toMatch(/^0 0 960 \d+$/);
  });

  test('shows the whole world when the places are spread across it', () => {
    const map = storyMap('m', [
      place('Seoul', 37.57, 126.98),
      place('Washington', 38.9, -77.04),
      place('Kyiv', 50.45, 30.52),
    ]);
    expect(map.extent).toBe('world');
  });

  test('makes every place a link, and labels the most-named place at every size', () => {
    const map = storyMap('m', [place('Asheville', 35.6, -82.55, 3), place('Tallahassee', 30.44, -84.28)]);
    const links = map.svg.children.filter((child) => child.type === 'element' && child.tagName === 'a');
    expect(links).toHaveLength(2);
    const asheville = links.find((link) => link.type === 'element' && link.properties.href === '/compare/Asheville/');
    const text =
      asheville?.type === 'element'
        ? asheville.children.find((child) => child.type === 'element' && child.tagName === 'text')
        : undefined;
    expect(text?.type === 'element' && text.properties.className).toEqual(['label-s', 'label-m', 'label-l']);
  });
});

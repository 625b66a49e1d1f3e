import type { Element } from 'hast';
import type { Feature, FeatureCollection, MultiPoint } from 'geojson';
import { geoEqualEarth, geoGraticule, geoPath } from 'd3-geo';
import { s } from 'hastscript';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import coarse from 'world-atlas/countries-110m.json' with { type: 'json' };
import fine from 'world-atlas/countries-50m.json' with { type: 'json' };

/** A place to put on the map, with how many sources mention it. */
export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  sources: number;
  href: string;
}

/** The widths a map is labelled for: a phone's, a tablet's, a desktop's, with the label size (user units) at each. */
export const MAP_SIZES = [
  // At 288 to 480 px wide (a 320 to 512 px screen), 42 units are 12.6 to 21 px.
  { name: 's', fontSize: 42 },
  // At 464 to 784 px, 26 units are 12.6 to 21 px.
  { name: 'm', fontSize: 26 },
  // From 784 px, 17 units are 13.9 px and more.
  { name: 'l', fontSize: 17 },
] as const;

/** A map: the SVG (hast) and what it shows. */
export interface StoryMap {
  svg: Element;
  /** "the world" or "the region around the places", for the caption. */
  extent: 'world' | 'region';
}

type Countries = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
const atlas = (topology: Countries) => ({
  // One land shape and one path of borders: far smaller than a path per country, and looks the same.
  land: feature(topology, topology.objects.land) as FeatureCollection,
  borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
});
const WORLD = atlas(coarse as unknown as Countries);
let detailed: ReturnType<typeof atlas> | undefined;

const WIDTH = 960;
// The smallest stretch of the earth a map shows, in degrees, so that one city is shown in its country.
const MIN_SPAN = { lon: 24, lat: 14 };
// A map of places spread wider than this is drawn as the whole world.
const WORLD_SPAN = 150;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The corners of the places' bounding box, widened to the smallest span, as points to fit the map to. */
function extentOf(places: readonly MapPlace[]): Feature<MultiPoint> {
  const lons = places.map((place) => place.lon);
  const lats = places.map((place) => place.lat);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const lonPad = Math.max(0, (MIN_SPAN.lon - (east - west)) / 2);
  const latPad = Math.max(0, (MIN_SPAN.lat - (north - south)) / 2);
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [west - lonPad, Math.max(-85, south - latPad)],
        [east + lonPad, Math.min(85, north + latPad)],
        [(west + east) / 2, Math.max(-85, south - latPad)],
        [(west + east) / 2, Math.min(85, north + latPad)],
      ],
    },
  };
}

/**
 * A static map of the places a story mentions: country outlines from world-atlas, drawn with
 * d3-geo's Equal Earth projection zoomed to the places (the whole world only when they are
 * spread across it; finer outlines when zoomed in), clipped to the frame. The places come back
 * as points in percent, so that the page draws them as links whose labels keep their size at
 * any width; the labels chosen to show everywhere are the most-named ones that do not overlap.
 */
export function storyMap(id: string, places: readonly MapPlace[]): StoryMap {
  const spread =
    places.length === 0
      ? 360
      : Math.max(...places.map((place) => place.lon)) - Math.min(...places.map((place) => place.lon));
  const world = places.length === 0 || spread > WORLD_SPAN;
  const projection = geoEqualEarth();
  let height: number;
  if (world) {
    projection.fitWidth(WIDTH, { type: 'Sphere' });
    const [[, top], [, bottom]] = geoPath(projection).bounds({ type: 'Sphere' });
    height = Math.ceil(bottom - top);
  } else {
    const extent = extentOf(places);
    projection.fitWidth(WIDTH, extent);
    const [[left, top], [right, bottom]] = geoPath(projection).bounds(extent);
    // As tall as the places need, between a wide strip and a square.
    height = Math.round(Math.min(WIDTH, Math.max(WIDTH * 0.45, ((bottom - top) / (right - left)) * WIDTH)));
    projection.fitExtent(
      [
        [WIDTH * 0.08, height * 0.1],
        [WIDTH * 0.92, height * 0.9],
      ],
      extent,
    );
  }
  projection.clipExtent([
    [0, 0],
    [WIDTH, height],
  ]);
  const outlines = world ? WORLD : (detailed ??= atlas(fine as unknown as Countries));
  // One decimal is a tenth of a pixel at this size: enough, and it keeps the page small.
  const path = geoPath(projection).digits(1);
  // Labels go to the most-named places first, for each size of map, where they would not overlap
  // another label (about 0.6 em a character).
  const taken: Box[][] = MAP_SIZES.map(() => []);
  const drawn = [...places]
    .sort((a, b) => b.sources - a.sources || a.name.localeCompare(b.name, 'en'))
    .map((place) => {
      const [x, y] = projection([place.lon, place.lat]) ?? [0, 0];
      const sizes = MAP_SIZES.filter(({ fontSize }, index) => {
        const box = {
          left: x,
          right: x + fontSize * (1 + 0.6 * place.name.length),
          top: y - fontSize,
          bottom: y + fontSize / 2,
        };
        if (box.right > WIDTH || taken[index]!.some((other) => overlaps(box, other))) return false;
        taken[index]!.push(box);
        return true;
      });
      return { place, x, y, sizes: sizes.map(({ name }) => `label-${name}`) };
    })
    // Small dots last, so that they stay visible on top of large ones.
    .reverse();
  const svg = s(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${height}`, role: 'group', ariaLabelledby: `${id}-title`, className: ['world-map'] },
    [
      s('title', { id: `${id}-title` }, `Map of ${places.length} places the sources name`),
      s('g', { ariaHidden: 'true' }, [
        s('path', { className: ['sphere'], d: path({ type: 'Sphere' }) ?? '' }),
        s('path', { className: ['graticule'], d: path(geoGraticule().step([15, 15])()) ?? '' }),
        s('path', { className: ['land'], d: path(outlines.land) ?? '' }),
        s('path', { className: ['borders'], d: path(outlines.borders) ?? '' }),
      ]),
      ...drawn.map(({ place, x, y, sizes }) =>
        s(
          'a',
          {
            href: place.href,
            className: ['place'],
            ariaLabel: `${place.name}, named by ${place.sources} ${place.sources === 1 ? 'source' : 'sources'}`,
          },
          [
            s('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: (4 + 2.5 * Math.sqrt(place.sources)).toFixed(1) }),
            s(
              'text',
              { x: x.toFixed(1), y: y.toFixed(1), dx: '0.7em', dy: '0.35em', className: sizes, ariaHidden: 'true' },
              place.name,
            ),
          ],
        ),
      ),
    ],
  );
  return { svg, extent: world ? 'world' : 'region' };
}

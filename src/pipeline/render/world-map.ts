import type { Element } from 'hast';
import type { FeatureCollection } from 'geojson';
import { geoEqualEarth, geoGraticule, geoPath } from 'd3-geo';
import { s } from 'hastscript';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };

/** A place to put on the map, with how many sources mention it. */
export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  sources: number;
  href: string;
}

const WIDTH = 960;
const HEIGHT = 520;
const topology = world as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
// One land shape and one path of borders: far smaller than a path per country, and looks the same.
const land = feature(topology, topology.objects.land) as FeatureCollection;
const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Projects the places and decides which get a label: most-mentioned first, skipping labels that would overlap. */
function labelled(places: readonly MapPlace[], projection: (point: [number, number]) => [number, number] | null) {
  const boxes: Box[] = [];
  const order = [...places].sort((a, b) => b.sources - a.sources || a.name.localeCompare(b.name, 'en'));
  const placed = order.map((place) => {
    const [x, y] = projection([place.lon, place.lat]) ?? [0, 0];
    const radius = 4 + 2.5 * Math.sqrt(place.sources);
    // About 7.5 px per character at 13 px bold.
    const box = { left: x + radius + 2, right: x + radius + 6 + place.name.length * 7.5, top: y - 9, bottom: y + 7 };
    const label = !boxes.some((other) => overlaps(box, other));
    if (label) boxes.push(box);
    return { place, x, y, radius, label };
  });
  // Draw small dots last, so they stay visible on top of large ones.
  return placed.reverse();
}

/**
 * A static SVG map (hast) of the places a story mentions: countries from world-atlas, drawn
 * with d3-geo's Equal Earth projection fitted to the places, and a dot per place sized by the
 * number of sources, each a link to its comparison. Labels that would overlap are left out;
 * the page's list names every place.
 */
export function worldMap(id: string, places: readonly MapPlace[]): Element {
  const points: FeatureCollection = {
    type: 'FeatureCollection',
    features: places.map((place) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    })),
  };
  const projection = geoEqualEarth();
  if (places.length > 1)
    projection.fitExtent(
      [
        [90, 50],
        [WIDTH - 90, HEIGHT - 50],
      ],
      points,
    );
  else projection.fitSize([WIDTH, HEIGHT], land);
  // One decimal is a tenth of a pixel at this size: enough, and it keeps the page small.
  const path = geoPath(projection).digits(1);
  const outline = path({ type: 'Sphere' }) ?? '';
  // Crop to the globe where the fitted projection leaves empty space above or below it.
  const [[, globeTop], [, globeBottom]] = path.bounds({ type: 'Sphere' });
  const top = Math.max(0, Math.floor(globeTop));
  const height = Math.min(HEIGHT, Math.ceil(globeBottom)) - top;
  return s(
    'svg',
    { viewBox: `0 ${top} ${WIDTH} ${height}`, role: 'group', ariaLabelledby: `${id}-title`, className: ['world-map'] },
    [
      s('title', { id: `${id}-title` }, `Map of ${places.length} places mentioned by the sources`),
      s('defs', [s('clipPath', { id: `${id}-clip` }, [s('rect', { width: WIDTH, height: HEIGHT })])]),
      s('g', { clipPath: `url(#${id}-clip)` }, [
        s('path', { className: ['sphere'], d: outline }),
        s('path', { className: ['graticule'], d: path(geoGraticule().step([30, 30])()) ?? '' }),
        s('path', { className: ['land'], d: path(land) ?? '' }),
        s('path', { className: ['borders'], d: path(borders) ?? '' }),
        ...labelled(places, projection).map(({ place, x, y, radius, label }) =>
          s('a', { href: place.href, className: ['place'], ariaLabel: place.name }, [
            s('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: radius.toFixed(1) }),
            ...(label
              ? [s('text', { x: (x + radius + 4).toFixed(1), y: (y + 4).toFixed(1), ariaHidden: 'true' }, place.name)]
              : []),
          ]),
        ),
      ]),
    ],
  );
}

import type { Element } from 'hast';
import type { FeatureCollection, Geometry } from 'geojson';
import { geoEqualEarth, geoGraticule10, geoPath } from 'd3-geo';
import { s } from 'hastscript';
import { feature } from 'topojson-client';
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
const countries = feature(world as unknown as Topology, (world as unknown as Topology<{ countries: GeometryCollection }>).objects.countries) as FeatureCollection<Geometry>;

/**
 * A static SVG map (hast) of the places a story mentions: countries from world-atlas, drawn
 * with d3-geo's Equal Earth projection fitted to the places, and a dot per place sized by the
 * number of sources, each a link to its comparison.
 */
export function worldMap(id: string, places: readonly MapPlace[]): Element {
  const points: FeatureCollection = {
    type: 'FeatureCollection',
    features: places.map((place) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [place.lon, place.lat] } })),
  };
  const projection = geoEqualEarth();
  if (places.length > 1) projection.fitExtent([[90, 50], [WIDTH - 90, HEIGHT - 50]], points);
  else projection.fitSize([WIDTH, HEIGHT], countries);
  const path = geoPath(projection);
  const outline = path({ type: 'Sphere' }) ?? '';
  return s('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', ariaLabelledby: `${id}-title`, className: ['world-map'] }, [
    s('title', { id: `${id}-title` }, `Map of ${places.length} places mentioned by the sources`),
    s('defs', [s('clipPath', { id: `${id}-clip` }, [s('rect', { width: WIDTH, height: HEIGHT })])]),
    s('g', { clipPath: `url(#${id}-clip)` }, [
      s('path', { className: ['sphere'], d: outline }),
      s('path', { className: ['graticule'], d: path(geoGraticule10()) ?? '' }),
      ...countries.features.map((country) => s('path', { className: ['country'], d: path(country) ?? '' })),
      ...places.map((place) => {
        const [x, y] = projection([place.lon, place.lat]) ?? [0, 0];
        const radius = 4 + 2.5 * Math.sqrt(place.sources);
        return s('a', { href: place.href, className: ['place'] }, [
          s('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: radius.toFixed(1) }),
          s('text', { x: (x + radius + 4).toFixed(1), y: (y + 4).toFixed(1) }, place.name),
        ]);
      }),
    ]),
  ]);
}

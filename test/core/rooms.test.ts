// The core's rooms stand on each other one way: the form's contract (form/) under both the writer (layout/)
// and the reader (read/), the definition workbook above both, consolidation above reading and validation. An
// import that runs back up (a cycle between rooms at run time) is a slip this test catches; type-only imports
// do not run and are left out.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const CORE = join(__dirname, "..", "..", "src", "core");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/** A room is a folder of the core; each file at the top of the core is a room of its own. */
const roomOf = (file: string) => {
  const rel = relative(CORE, file);
  return rel.includes("/") ? rel.split("/")[0] + "/" : rel.replace(/\.ts$/, "");
};

/** Room → the rooms it imports at run time. */
function roomGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files(CORE)) {
    const from = roomOf(file);
    if (!graph.has(from)) graph.set(from, new Set());
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+"(\.[^"]+)";/gms)) {
      if (m[1]) continue;
      const path = resolve(dirname(file), m[2]);
      const target = roomOf(existsSync(path + ".ts") ? path + ".ts" : join(path, "index.ts"));
      if (target !== from) graph.get(from)?.add(target);
    }
  }
  return graph;
}

test("no import inside the core runs back up: the rooms form no cycle", () => {
  const graph = roomGraph();
  const cycles: string[] = [];
  const state = new Map<string, "open" | "done">();
  const visit = (room: string, path: string[]) => {
    if (state.get(room) === "done") return;
    if (state.get(room) === "open") {
      cycles.push([...path.slice(path.indexOf(room)), room].join(" → "));
      return;
    }
    state.set(room, "open");
    for (const next of graph.get(room) ?? []) visit(next, [...path, room]);
    state.set(room, "done");
  };
  for (const room of graph.keys()) visit(room, []);
  expect(cycles).toEqual([]);
});

test("the writer and the reader stand on the form's contract, not on each other", () => {
  const graph = roomGraph();
  expect([...(graph.get("read/") ?? [])]).not.toContain("layout/");
  expect([...(graph.get("layout/") ?? [])]).not.toContain("read/");
  for (const below of ["form/", "templates/", "i18n/"])
    for (const above of ["read/", "layout/", "definition/", "consolidate/", "validate/"])
      expect([below, [...(graph.get(below) ?? [])]]).not.toEqual([below, expect.arrayContaining([above])]);
});

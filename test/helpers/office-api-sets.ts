// Excel's requirement sets as Microsoft documents them: the `[Api set: ExcelApi x.y]`
// notes of @types/office-js, read with the TypeScript parser. For every class and
// option interface of the Excel namespace: each member's set (when read and when
// set: "1.1 for reading; 1.2 for setting"), its type, and the sets of its parameters.
import { readFileSync } from "node:fs";
import ts from "typescript";

export interface ParamInfo {
  name: string;
  /** Type name in the Excel namespace, when it is one (option objects). */
  type?: string;
  /** A set needed only when this parameter is given. */
  set?: string;
}

export interface MemberInfo {
  /** Set needed to read the property or call the method. */
  set: string;
  /** Set needed to assign the property, when it differs. */
  setForWriting?: string;
  /** The Excel type it returns (without "Excel."), when it is one. */
  type?: string;
  params?: ParamInfo[];
}

export type ApiModel = Map<string, Map<string, MemberInfo>>;

/** A set other than ExcelApi (ExcelApiOnline, Desktop, Preview) counts as never available on a 1.x host. */
const BEYOND = "99.0";

/** "[Api set: ExcelApi 1.7 for password]" names the parameter that needs the set, not the member. */
function apiSet(doc: string): { set?: string; write?: string; forParam?: string } {
  const m = /\[Api set: ([A-Za-z]+) ([\d.]+|[A-Za-z]+)(?: for reading[^;\]]*; ([\d.]+) for setting| for (\w+)\])?/.exec(
    doc,
  );
  if (!m) return {};
  if (m[1] !== "ExcelApi" || !/^\d/.test(m[2])) return { set: BEYOND };
  return { set: m[2], write: m[3], forParam: m[4] };
}

/** Excel type named by a type node: `Excel.Range`, `Range`, `Excel.Range[]` stays undefined. */
function excelType(node: ts.TypeNode | undefined, sf: ts.SourceFile): string | undefined {
  if (!node || !ts.isTypeReferenceNode(node)) return undefined;
  const name = node.typeName.getText(sf);
  const m = /^(?:Excel\.)?([A-Z]\w*)$/.exec(name);
  return m ? m[1] : undefined;
}

function docOf(node: ts.Node, sf: ts.SourceFile): string {
  return sf.text.slice(node.getFullStart(), node.getStart(sf));
}

function paramSets(doc: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of doc.matchAll(/@param (\w+)([^@]*)/g)) {
    const s = apiSet(m[2]).set;
    if (s) out.set(m[1], s);
  }
  return out;
}

let cached: ApiModel | undefined;

export function excelApiModel(): ApiModel {
  if (cached) return cached;
  const path = require.resolve("@types/office-js/index.d.ts");
  const sf = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  const model: ApiModel = new Map();
  const visit = (node: ts.Node): void => {
    if (ts.isModuleDeclaration(node) && node.name.getText(sf) === "Excel" && node.body && ts.isModuleBlock(node.body)) {
      for (const st of node.body.statements)
        if (ts.isClassDeclaration(st) || ts.isInterfaceDeclaration(st)) addType(st);
      return;
    }
    if (ts.isSourceFile(node)) node.statements.forEach(visit);
  };
  const addType = (decl: ts.ClassDeclaration | ts.InterfaceDeclaration): void => {
    const typeName = decl.name?.getText(sf);
    if (!typeName) return;
    const typeSet = apiSet(docOf(decl, sf)).set ?? "1.1";
    const members = model.get(typeName) ?? new Map<string, MemberInfo>();
    model.set(typeName, members);
    for (const m of decl.members) {
      const name = m.name?.getText(sf);
      if (!name || members.has(name)) continue; // first overload
      const doc = docOf(m, sf);
      const found = apiSet(doc);
      if (!found.set) continue;
      const { write, forParam } = found;
      const set = forParam ? typeSet : found.set;
      if (ts.isPropertyDeclaration(m) || ts.isPropertySignature(m)) {
        members.set(name, { set, setForWriting: write, type: excelType(m.type, sf) });
      } else if (ts.isMethodDeclaration(m) || ts.isMethodSignature(m)) {
        const ps = paramSets(doc);
        if (forParam) ps.set(forParam, found.set);
        const params = m.parameters.map((p) => ({
          name: p.name.getText(sf),
          type: excelType(p.type, sf),
          set: ps.get(p.name.getText(sf)),
        }));
        members.set(name, { set, type: excelType(m.type, sf), params });
      }
    }
  };
  visit(sf);
  cached = model;
  return model;
}

/** "1.10" > "1.9": compares requirement-set versions numerically. */
export function versionAbove(v: string, host: string): boolean {
  const [a, b] = v.split(".").map(Number);
  const [c, d] = host.split(".").map(Number);
  return a > c || (a === c && b > d);
}

// The small arithmetic language of template rules: field ids, whole-number
// constants, + - * / and parentheses ("gifts_funds / gifts_children").
// Parsed once when a template loads, so a typo in a rule fails at load with
// the template's name, never at a user's desk.

export type Expr =
  | { kind: "num"; value: number }
  | { kind: "field"; id: string }
  | { kind: "bin"; op: "+" | "-" | "*" | "/"; left: Expr; right: Expr };

type Token = { t: "num"; v: number } | { t: "id"; v: string } | { t: "op"; v: string };

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:(\d+)|([a-z_][a-z0-9_]*)|([-+*/()]))/y;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    re.lastIndex = pos;
    const m = re.exec(src);
    if (!m) throw new Error(`unexpected character at ${pos + 1} in "${src}"`);
    if (m[1] !== undefined) tokens.push({ t: "num", v: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ t: "id", v: m[2] });
    else tokens.push({ t: "op", v: m[3] });
    pos = re.lastIndex;
  }
  return tokens;
}

/** Parses an expression; throws an Error whose message says what is wrong. */
export function parseExpr(src: string): Expr {
  const tokens = tokenize(src);
  let i = 0;
  const peek = (): Token | undefined => tokens[i];
  const primary = (): Expr => {
    const tok = tokens[i++];
    if (!tok) throw new Error(`expression "${src}" ends too early`);
    if (tok.t === "num") return { kind: "num", value: tok.v };
    if (tok.t === "id") return { kind: "field", id: tok.v };
    if (tok.v === "(") {
      const inner = sum();
      const close = tokens[i++];
      if (!close || close.v !== ")") throw new Error(`missing ")" in "${src}"`);
      return inner;
    }
    throw new Error(`unexpected "${tok.v}" in "${src}"`);
  };
  type BinOp = "+" | "-" | "*" | "/";
  /** One precedence level: operands from `operand`, joined left to right by `ops`. */
  const level = (ops: BinOp[], operand: () => Expr) => (): Expr => {
    let left = operand();
    for (let tok = peek(); tok && tok.t === "op" && (ops as string[]).includes(tok.v); tok = peek()) {
      i++;
      left = { kind: "bin", op: tok.v as BinOp, left, right: operand() };
    }
    return left;
  };
  const product = level(["*", "/"], primary);
  const sum = level(["+", "-"], product);
  const expr = sum();
  if (i < tokens.length) throw new Error(`unexpected "${String(tokens[i].v)}" in "${src}"`);
  return expr;
}

/** Field ids an expression reads, in order of first appearance. */
export function exprFields(expr: Expr, out: string[] = []): string[] {
  if (expr.kind === "field") {
    if (!out.includes(expr.id)) out.push(expr.id);
  } else if (expr.kind === "bin") {
    exprFields(expr.left, out);
    exprFields(expr.right, out);
  }
  return out;
}

/**
 * Evaluates with the given field values. A field whose value is unknown
 * (null: its cell holds an error) makes the whole expression unknown, and so
 * does division by zero: a rule over an unknown value is not judged.
 */
export function evalExpr(expr: Expr, values: (id: string) => number | null): number | null {
  switch (expr.kind) {
    case "num":
      return expr.value;
    case "field":
      return values(expr.id);
    case "bin": {
      const a = evalExpr(expr.left, values);
      const b = evalExpr(expr.right, values);
      if (a === null || b === null) return null;
      if (expr.op === "+") return a + b;
      if (expr.op === "-") return a - b;
      if (expr.op === "*") return a * b;
      return b === 0 ? null : a / b;
    }
  }
}

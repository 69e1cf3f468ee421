// Where a JSON text stops being valid, found by reading it ourselves: the JSON reader's own message
// says where only sometimes (V8 gives no position for a trailing comma nor for some cut-short files,
// and its wording changes between versions), and its English words never reach the user.
// An explicit stack rather than recursion: "[[[[…" a million deep must not overflow the call stack.

/** The first place the text stops being JSON; `trailingComma` when it is a comma right before `]` or `}`. */
export interface JsonSlip {
  line: number;
  column: number;
  trailingComma: boolean;
}

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const HEX = /[0-9a-fA-F]/;
const DIGIT = /[0-9]/;

/** Line and column (both from 1) of a character offset; CRLF, CR and LF each end a line. */
export function placeOf(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** The first slip in `text`, or undefined when it is valid JSON (exactly when JSON.parse accepts it). */
export function findJsonSlip(text: string): JsonSlip | undefined {
  const at = firstInvalidOffset(text);
  if (at === undefined) return undefined;
  return { ...placeOf(text, at.offset), trailingComma: at.trailingComma };
}

type Offset = { offset: number; trailingComma: boolean };

function firstInvalidOffset(text: string): Offset | undefined {
  let i = 0;
  const slip = (offset: number, trailingComma = false): Offset => ({ offset, trailingComma });
  const skipWhitespace = (): void => {
    while (i < text.length && WHITESPACE.has(text[i])) i++;
  };
  /** Reads a string starting at its opening quote; the offset of the slip inside it, if any. */
  const readString = (): number | undefined => {
    i++;
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i++;
        return undefined;
      }
      if (c < " ") return i;
      if (c === "\\") {
        const e = text[i + 1];
        if (e === "u") {
          for (let k = 2; k < 6; k++) if (!HEX.test(text[i + k] ?? "")) return Math.min(i + k, text.length);
          i += 6;
        } else if (e !== undefined && ESCAPES.has(e)) i += 2;
        else return Math.min(i + 1, text.length);
      } else i++;
    }
    return text.length;
  };
  const readDigits = (): boolean => {
    const start = i;
    while (i < text.length && DIGIT.test(text[i])) i++;
    return i > start;
  };
  /** Reads a number; the offset of the slip inside it, if any. */
  const readNumber = (): number | undefined => {
    if (text[i] === "-") i++;
    if (text[i] === "0") i++;
    else if (!readDigits()) return i;
    if (text[i] === ".") {
      i++;
      if (!readDigits()) return i;
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      if (!readDigits()) return i;
    }
    return undefined;
  };
  /** Reads true, false or null; the offset of the first wrong letter, if any. */
  const readWord = (word: string): number | undefined => {
    for (let k = 0; k < word.length; k++) if (text[i + k] !== word[k]) return Math.min(i + k, text.length);
    i += word.length;
    return undefined;
  };

  const open: string[] = []; // "[" or "{", innermost last
  let expect: "value" | "key" = "value";
  for (;;) {
    skipWhitespace();
    if (expect === "key") {
      if (text[i] !== '"') return slip(i);
      const bad = readString();
      if (bad !== undefined) return slip(bad);
      skipWhitespace();
      if (text[i] !== ":") return slip(i);
      i++;
      skipWhitespace();
    }
    // A value.
    const c = text[i];
    let bad: number | undefined;
    if (c === "{" || c === "[") {
      i++;
      skipWhitespace();
      const empty = text[i] === (c === "{" ? "}" : "]");
      if (!empty) {
        open.push(c);
        expect = c === "{" ? "key" : "value";
        continue;
      }
      i++;
    } else if (c === '"') bad = readString();
    else if (c === "-" || (c !== undefined && DIGIT.test(c))) bad = readNumber();
    else if (c === "t") bad = readWord("true");
    else if (c === "f") bad = readWord("false");
    else if (c === "n") bad = readWord("null");
    else return slip(i);
    if (bad !== undefined) return slip(bad);
    // After a value: a comma, the closing bracket of what holds it, or (at the top) the end.
    for (;;) {
      skipWhitespace();
      const inside = open[open.length - 1];
      if (inside === undefined) return i < text.length ? slip(i) : undefined;
      const close = inside === "{" ? "}" : "]";
      if (text[i] === close) {
        open.pop();
        i++;
        continue;
      }
      if (text[i] !== ",") return slip(i);
      const comma = i;
      i++;
      skipWhitespace();
      if (text[i] === close) return slip(comma, true);
      expect = inside === "{" ? "key" : "value";
      break;
    }
  }
}

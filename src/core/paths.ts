// File names for messages: the last part of a path, whichever separator it uses.
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

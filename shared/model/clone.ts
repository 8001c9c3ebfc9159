/**
 * Deep copy of plain JSON data (everything in a project is JSON). shared/ targets bare ES2022,
 * where structuredClone is not part of the language.
 */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const load = (lang: string) => JSON.parse(readFileSync(new URL(`../../renderer/i18n/locales/${lang}.json`, import.meta.url), 'utf8')) as object;

/** Every leaf as "a.b.c" → value. */
function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    for (const [k, v] of Object.entries(node)) for (const [kk, vv] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  } else out.set(prefix, node);
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('UI locale files', () => {
  const en = leaves(load('en'));
  const zh = leaves(load('zh'));

  it('have exactly the same keys', () => {
    expect([...zh.keys()].filter((k) => !en.has(k)), 'keys only in zh.json').toEqual([]);
    expect([...en.keys()].filter((k) => !zh.has(k)), 'keys missing from zh.json').toEqual([]);
  });

  it('have no empty values, and every value is a string', () => {
    for (const [name, map] of [['en', en], ['zh', zh]] as const) {
      const bad = [...map].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
      expect(bad, `${name}.json`).toEqual([]);
    }
  });

  it('use the same placeholders in both languages', () => {
    const differ = [...en].filter(([k, v]) => typeof v === 'string' && JSON.stringify(placeholders(v)) !== JSON.stringify(placeholders(String(zh.get(k) ?? '')))).map(([k]) => k);
    expect(differ).toEqual([]);
  });

  it('say plurals through the plural rules, never "(s)"', () => {
    // "1 error-level finding(s)" reads badly; a count goes through i18next's `_one`/`_other` keys.
    expect([...en].filter(([, v]) => typeof v === 'string' && /\w\((?:s|es)\)/.test(v)).map(([k]) => k)).toEqual([]);
    // A key with both forms in English has both in Chinese too (one form in use there, the keys kept alike).
    const plurals = [...en.keys()].filter((k) => k.endsWith('_one'));
    expect(plurals.filter((k) => !en.has(k.replace(/_one$/, '_other')))).toEqual([]);
  });
});

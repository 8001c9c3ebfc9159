/**
 * Word-level difference between a field's text and a suggested replacement, for showing a
 * suggestion to the drafter. English splits into words and spaces; Chinese (no spaces) into
 * characters. Longest common subsequence; texts are a paragraph at most, so O(n·m) is fine.
 */
export interface DiffPart {
  op: 'same' | 'add' | 'remove';
  text: string;
}

function tokens(text: string): string[] {
  return text.match(/[A-Za-z0-9\u00C0-\u024F'’-]+|\s+|[\s\S]/gu) ?? [];
}

export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  const n = a.length;
  const m = b.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push('same', a[i]);
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) push('remove', a[i++]);
    else push('add', b[j++]);
  }
  while (i < n) push('remove', a[i++]);
  while (j < m) push('add', b[j++]);
  return out;
}

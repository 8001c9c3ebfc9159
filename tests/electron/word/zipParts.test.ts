import { Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { libraryCompiler, libraryParts, zipParts } from '../../../electron/services/word/zipParts';

/**
 * The library's package as parts and zipped once (electron/services/word/zipParts.ts): the parts
 * are the ones Packer writes, taken from its compiler (the fast way) or from its zip (the public
 * way) alike, and the zip reads back with every part's bytes and in order.
 */

const document = () =>
  new Document({
    title: 'Parts & pieces',
    sections: [{ children: [new Paragraph({ children: [new TextRun('Framework 框架 <&>')] })] }],
  });

async function packerParts(): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document()));
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out.set(name, await zip.files[name].async('string'));
  return out;
}

const asText = (parts: ReadonlyMap<string, string | Uint8Array>) => new Map([...parts].map(([p, d]) => [p, typeof d === 'string' ? d : new TextDecoder().decode(d)]));

describe('the docx library package as parts', () => {
  it('this version of the library still has the compiler the fast way takes (if not, look at zipParts.ts again)', () => {
    expect(libraryCompiler()).not.toBeNull();
  });

  it('the compiler gives the parts Packer zips, in its order', async () => {
    const fast = asText(await libraryParts(document()));
    const packer = await packerParts();
    expect([...fast.keys()]).toEqual([...packer.keys()]);
    // Parts carrying times or fresh ids differ between two documents; the rest byte for byte.
    for (const [name, text] of fast) if (!/core\.xml|comments|document\.xml/.test(name)) expect(text, name).toBe(packer.get(name));
    expect(fast.get('word/document.xml')).toContain('Framework 框架 &lt;&amp;&gt;');
  });

  it('the public way (Packer.toBuffer, unzipped) gives the same parts', async () => {
    const fast = asText(await libraryParts(document()));
    const slow = asText(await libraryParts(document(), null));
    expect([...slow.keys()]).toEqual([...fast.keys()]);
    expect(slow.get('word/styles.xml')).toBe(fast.get('word/styles.xml'));
  });

  it('zips every part deflated, in order, readable back byte for byte', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7) & 255);
    const parts = new Map<string, string | Uint8Array>([
      ['[Content_Types].xml', '<Types/>'],
      ['word/document.xml', `<w:document>${'中国－东盟 & more '.repeat(500)}</w:document>`],
      ['word/media/image1.bin', bytes],
      ['empty.xml', ''],
    ]);
    const zipped = zipParts(parts);
    const zip = await JSZip.loadAsync(zipped, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual([...parts.keys()]);
    expect(await zip.file('word/document.xml')!.async('string')).toBe(parts.get('word/document.xml'));
    expect(await zip.file('word/media/image1.bin')!.async('uint8array')).toEqual(bytes);
    expect(await zip.file('empty.xml')!.async('string')).toBe('');
    // Deflated, not stored: the repeated text shrinks.
    expect(zipped.length).toBeLessThan((parts.get('word/document.xml') as string).length / 5);
  });
});

// Small real files for the attachment tests (no fixtures on disk): a PDF, a PNG, a JPEG, a WEBP,
// an "exe", and ZIP archives laid out like docx/xlsx (stored entries with a central directory).

const enc = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) (out.set(p, at), (at += p.length));
  return out;
};
const le = (n: number, bytes: 2 | 4) => {
  const b = new Uint8Array(bytes);
  new DataView(b.buffer)[bytes === 2 ? "setUint16" : "setUint32"](0, n, true);
  return b;
};

export const pdfBytes = (text = "hello") =>
  enc(`%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
export const pngBytes = () => cat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), enc("\0\0\0\rIHDR fake png body"));
export const jpegBytes = () => cat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), enc("JFIF fake"));
export const webpBytes = () => cat(enc("RIFF"), le(20, 4), enc("WEBPVP8 fake"));
export const exeBytes = () => cat(enc("MZ"), new Uint8Array(64).fill(0x90), enc("This program cannot be run in DOS mode"));

/** A ZIP archive holding these (empty, stored) entries. */
export function zipBytes(names: string[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const name of names) {
    const n = enc(name);
    const local = cat(enc("PK\x03\x04"), le(20, 2), le(0, 2), le(0, 2), le(0, 2), le(0, 2), le(0, 4), le(0, 4), le(0, 4), le(n.length, 2), le(0, 2), n);
    centrals.push(cat(enc("PK\x01\x02"), le(20, 2), le(20, 2), le(0, 2), le(0, 2), le(0, 2), le(0, 2), le(0, 4), le(0, 4), le(0, 4), le(n.length, 2), le(0, 2), le(0, 2), le(0, 2), le(0, 2), le(0, 4), le(offset, 4), n));
    locals.push(local);
    offset += local.length;
  }
  const central = cat(...centrals);
  const eocd = cat(enc("PK\x05\x06"), le(0, 2), le(0, 2), le(names.length, 2), le(names.length, 2), le(central.length, 4), le(offset, 4), le(0, 2));
  return cat(...locals, central, eocd);
}
export const docxBytes = () => zipBytes(["[Content_Types].xml", "_rels/.rels", "word/document.xml"]);
export const xlsxBytes = () => zipBytes(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);

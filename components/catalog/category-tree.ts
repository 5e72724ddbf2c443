import type { LocalizedText } from "@/lib/localized";

type Category = { id: string; parentId: string | null; name: LocalizedText };

/**
 * Categories in tree order (each parent followed by its children), with their depth and the ids of
 * their ancestors and themselves (`path`). A category whose parent is missing is shown at the top.
 */
export function categoryTree<C extends Category>(rows: C[]): (C & { depth: number; path: string[] })[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, C[]>();
  for (const r of rows) {
    const parent = r.parentId && ids.has(r.parentId) ? r.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const out: (C & { depth: number; path: string[] })[] = [];
  const walk = (parent: string | null, path: string[]) => {
    for (const c of children.get(parent) ?? []) {
      if (path.includes(c.id)) continue; // a loop in the data must not hang the page
      out.push({ ...c, depth: path.length, path: [...path, c.id] });
      walk(c.id, [...path, c.id]);
    }
  };
  walk(null, []);
  return out;
}

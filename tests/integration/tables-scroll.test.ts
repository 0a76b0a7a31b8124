import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// A data table wider than a phone must scroll inside a named, focusable box (components/scroll-box.tsx);
// a bare table either pans the whole page or becomes a scroll region the keyboard cannot reach (axe).
const root = path.resolve(import.meta.dirname, "../..");

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith(".tsx") ? [full] : [];
  });
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

describe("data tables", () => {
  const files = [...tsxFiles(path.join(root, "app")), ...tsxFiles(path.join(root, "components"))];
  const withTables = files.filter((file) => readFileSync(file, "utf8").includes('className="data-table'));

  it("are found in the interface", () => {
    expect(withTables.length).toBeGreaterThan(10);
  });

  it.each(withTables.map((file) => [path.relative(root, file)]))("%s wraps each one in a scroll box", (file) => {
    const text = readFileSync(path.join(root, file), "utf8");
    const tables = count(text, /<table className="data-table/g);
    const boxes =
      count(text, /<ScrollBox\b/g) + count(text, /className="table-scroll" role="region"[^>]*tabIndex=\{0\}/g);
    expect(boxes, `${tables} tables, ${boxes} scroll boxes`).toBeGreaterThanOrEqual(tables);
  });
});

import { themeLabel } from "@/lib/domain/themes";

export function ThemeTags({ slugs }: { slugs: string[] }) {
  if (slugs.length === 0) return null;
  return (
    <span aria-label="Themes">
      {slugs.map((slug) => (
        <span key={slug} className="tag">
          {themeLabel(slug)}
        </span>
      ))}
    </span>
  );
}

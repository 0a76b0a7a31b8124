// Download links for a forecast export (GET /api/v1/exports/forecasts): the same rows as CSV or JSON.
type Scope = { scope: "mine" } | { scope: "question" | "team"; id: string };

export function ExportLinks({ label, target }: { label: string; target: Scope }) {
  const base = `/api/v1/exports/forecasts?scope=${target.scope}${"id" in target ? `&id=${encodeURIComponent(target.id)}` : ""}`;
  return (
    <p className="meta">
      {label}:{" "}
      <a href={`${base}&format=csv`} download>
        CSV
      </a>{" "}
      ·{" "}
      <a href={`${base}&format=json`} download>
        JSON
      </a>
    </p>
  );
}

// The themes the workbench tracks. Slugs double as the extractor's topic names, so a
// question drafted from an excerpt lands under the same theme it was detected with.
export const THEMES = [
  {
    slug: "truce",
    label: "Truce",
    description: "A ceasefire or non-aggression understanding between ISIS and al-Qaeda.",
  },
  {
    slug: "merger",
    label: "Merger or alliance",
    description: "Unification under one leader, or a lasting, announced alliance.",
  },
  { slug: "cooperation", label: "Cooperation", description: "Joint or coordinated operations short of an alliance." },
  {
    slug: "defections",
    label: "Defections",
    description: "Fighters or commanders moving from one group to the other.",
  },
  {
    slug: "aq-iraq",
    label: "Al-Qaeda in Iraq",
    description: "Al-Qaeda re-establishing an operational presence in Iraq.",
  },
  { slug: "territory", label: "Territory", description: "Territorial control held or lost by either group." },
  { slug: "leadership", label: "Leadership", description: "The fate of the groups' leaders and the caliphate claim." },
  { slug: "insurgency", label: "Insurgency", description: "Shifts to guerrilla warfare, sleeper cells and renaming." },
  { slug: "other", label: "Other", description: "Everything else." },
] as const;

export type ThemeSlug = (typeof THEMES)[number]["slug"];

export const THEME_SLUGS = THEMES.map((theme) => theme.slug) as [ThemeSlug, ...ThemeSlug[]];

export function themeLabel(slug: string): string {
  return THEMES.find((theme) => theme.slug === slug)?.label ?? slug;
}

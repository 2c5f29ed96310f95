export const NAV_LINKS = [
  { href: "/drafts", label: "Drafts" },
  { href: "/simulate", label: "Simulate" },
  { href: "/council", label: "Council" },
  { href: "/charter", label: "Charter" },
  { href: "/classes", label: "Classes" },
] as const;

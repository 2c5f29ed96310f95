/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A separate build folder lets two builds (say, a developer's and a test run) live side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  // `npm test` type-checks the whole project with tsc before building; checking again here
  // only doubles the build time of `npm start` on a fresh clone.
  typescript: { ignoreBuildErrors: true },
  // Server actions carry forms and, at most, one imported draft: the same ceiling as the drafts
  // API's bodies (MAX_DRAFT_JSON_BYTES in lib/core/draft/schema.ts); Next answers larger ones 413 unread.
  experimental: { serverActions: { bodySizeLimit: "4mb" } },
};

module.exports = nextConfig;

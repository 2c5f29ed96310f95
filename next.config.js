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
};

module.exports = nextConfig;

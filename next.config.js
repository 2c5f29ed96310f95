/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  // `npm test` type-checks the whole project with tsc before building; checking again here
  // only doubles the build time of `npm start` on a fresh clone.
  typescript: { ignoreBuildErrors: true },
};

module.exports = nextConfig;

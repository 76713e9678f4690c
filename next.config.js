/** @type {import('next').NextConfig} */
const nextConfig = {
  // Pages read per-user data from the database; nothing is prerendered that would open it at build time.
  poweredByHeader: false,
  // forbidden() answers a learner on a teacher page with a real 403 and app/forbidden.tsx.
  experimental: {
    authInterrupts: true,
    // Article uploads may be up to 2 MB (checked with a clear message); leave room for the form around them.
    serverActions: { bodySizeLimit: "3mb" },
  },
  serverExternalPackages: ["exceljs", "@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
};

export default nextConfig;

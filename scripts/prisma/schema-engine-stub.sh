#!/bin/sh
# `prisma generate` insists on a schema-engine binary it would download; it only asks for its version.
# Migrations run through scripts/migrate.ts (wasm schema engine) instead. See docs/decisions/001.
if [ "$1" = "--version" ]; then
  echo "schema-engine-cli 0edf323efd1d98336f3f0a68684b56f689b900d3"
  exit 0
fi
echo "schema-engine stub: use npm run db:migrate / db:migrate:create" >&2
exit 1

#!/usr/bin/env bash
# Writes a migration for both providers from the schema change since the last commit:
#   scripts/new-migration.sh add_something
# Diffs the committed schema against the working one. The SQLite side needs no database; the
# PostgreSQL side needs a reachable server (PG_DIFF_URL, e.g. a throwaway local cluster): nothing is written to it.
set -euo pipefail
name=${1:?usage: scripts/new-migration.sh <name>}
stamp=$(date -u +%Y%m%d%H%M%S)
export CHECKPOINT_DISABLE=1 NODE_OPTIONS="--require $PWD/scripts/unref-long-timers.cjs"
node scripts/derive-postgres-schema.mjs
tmp=$(mktemp -d)
git show HEAD:prisma/schema.prisma > "$tmp/sqlite.prisma"
git show HEAD:prisma/postgres/schema.prisma > "$tmp/pg.prisma"
mkdir -p "prisma/migrations/${stamp}_${name}" "prisma/postgres/migrations/${stamp}_${name}"
DATABASE_URL="file:$tmp/x.db" npx prisma migrate diff --from-schema-datamodel "$tmp/sqlite.prisma" \
  --to-schema-datamodel prisma/schema.prisma --script -o "prisma/migrations/${stamp}_${name}/migration.sql"
DATABASE_URL="${PG_DIFF_URL:?set PG_DIFF_URL to a reachable PostgreSQL server, e.g. postgresql://postgres@127.0.0.1:5432/postgres}" npx prisma migrate diff --config prisma.pg.config.ts \
  --from-schema-datamodel "$tmp/pg.prisma" --to-schema-datamodel prisma/postgres/schema.prisma --script \
  -o "prisma/postgres/migrations/${stamp}_${name}/migration.sql"
rm -rf "$tmp"
echo "Wrote prisma/migrations/${stamp}_${name} and prisma/postgres/migrations/${stamp}_${name}"

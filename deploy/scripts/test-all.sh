#!/usr/bin/env bash
# Runs every test of the project: .NET unit, architecture and integration tests (on SQLite, and on
# a real PostgreSQL and Redis on loopback), the web client's lint and unit tests, and end-to-end
# tests in headless Chromium against the real host. Installs what is missing with apt-get and npm.
set -euo pipefail
cd "$(dirname "$0")/../.."

section() { printf '\n==> %s (at %d min %02d s)\n' "$*" $((SECONDS / 60)) $((SECONDS % 60)); }

need_apt=()
command -v redis-server >/dev/null || need_apt+=(redis-server)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ]; then
  section "Installing ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

section "Starting PostgreSQL and Redis on 127.0.0.1"
deploy/scripts/start-postgres.sh
deploy/scripts/start-redis.sh
export ES_TEST_POSTGRES="Host=127.0.0.1;Port=${ES_PG_PORT:-55432};Username=postgres;Password=postgres"
export ES_TEST_REDIS="127.0.0.1:${ES_REDIS_PORT:-56379}"

section "Building the web client"
(cd client && npm ci --no-audit --no-fund && npm run build)

section "Building the server"
dotnet build EnterpriseSocial.sln -c Release -nologo -v quiet

section ".NET unit, architecture and integration tests"
dotnet test EnterpriseSocial.sln -c Release --no-build -nologo

section "Client lint"
(cd client && npm run lint)

section "Client unit tests"
(cd client && npm run test:unit)

section "End-to-end tests in headless Chromium"
(cd client && npm run test:e2e)

section "All tests passed"

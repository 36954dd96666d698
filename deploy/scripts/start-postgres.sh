#!/usr/bin/env bash
# Starts a private PostgreSQL server for the tests on 127.0.0.1:${ES_PG_PORT:-55432}, installing
# PostgreSQL with apt-get when it is missing. Prints nothing but errors; idempotent.
set -euo pipefail
port=${ES_PG_PORT:-55432}
dir=${ES_PG_DIR:-${TMPDIR:-/tmp}/enterprisesocial-postgres}

if pg_isready -q -h 127.0.0.1 -p "$port" 2>/dev/null; then
  exit 0
fi

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

# PostgreSQL refuses to run as root, so the cluster belongs to the postgres system user.
run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
  useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
fi

if [ ! -f "$dir/PG_VERSION" ]; then
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  run "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi

run "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
  -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  start >/dev/null

#!/usr/bin/env bash
# Starts a private Redis server on 127.0.0.1:${ES_REDIS_PORT:-56379}, installing redis-server with
# apt-get when it is missing. Idempotent.
set -euo pipefail
port=${ES_REDIS_PORT:-56379}
dir=${ES_REDIS_DIR:-${TMPDIR:-/tmp}/enterprisesocial-redis}

if command -v redis-cli >/dev/null && redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1; then
  exit 0
fi

if ! command -v redis-server >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq redis-server >/dev/null
fi

mkdir -p "$dir"
redis-server --bind 127.0.0.1 --port "$port" --dir "$dir" --save "" --appendonly no --daemonize yes \
  --logfile "$dir/redis.log" --pidfile "$dir/redis.pid"
for _ in $(seq 1 100); do
  redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1 && exit 0
  sleep 0.1
done
echo "Redis did not start; see $dir/redis.log" >&2
exit 1

#!/usr/bin/env bash
# Runs the official Engine.IO and Socket.IO protocol test suites against the conformance server.
#
#   scripts/run-official-suites.sh <engine.io-protocol/test-suite> <socket.io-protocol/test-suite> [runs]
#
# The two directories are checkouts of the test-suite/ folders of socketio/engine.io-protocol and
# socketio/socket.io-protocol (outside this repository; their code is not part of it). Their
# dependencies are installed with `npm ci` when node_modules is missing. The suites expect the server
# on localhost:3000; the server binds 127.0.0.1 and Node is told to resolve localhost to IPv4 first.
# Build the server first: mvn -B -DskipTests package
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 <engine.io test-suite dir> <socket.io test-suite dir> [runs]" >&2
  exit 2
fi
ENGINE_SUITE=$(cd "$1" && pwd)
SOCKET_SUITE=$(cd "$2" && pwd)
RUNS=${3:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR="$ROOT/chat-examples/target/conformance-server.jar"
PORT=3000

if [[ ! -f "$JAR" ]]; then
  echo "missing $JAR: run 'mvn -B -DskipTests package' first" >&2
  exit 2
fi
for dir in "$ENGINE_SUITE" "$SOCKET_SUITE"; do
  if [[ ! -d "$dir/node_modules" ]]; then
    (cd "$dir" && npm ci --no-audit --no-fund >/dev/null)
  fi
done

LOG=$(mktemp -d)
PORT=$PORT HOST=127.0.0.1 java -jar "$JAR" >"$LOG/server.log" 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true' EXIT

for _ in $(seq 1 100); do
  if (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null; then break; fi
  sleep 0.1
done

export NODE_OPTIONS=--dns-result-order=ipv4first
failed=0
for run in $(seq 1 "$RUNS"); do
  for suite in "$ENGINE_SUITE" "$SOCKET_SUITE"; do
    name=$(basename "$(dirname "$suite")")
    out="$LOG/$name-$run.log"
    if (cd "$suite" && timeout 300 npx --no-install mocha test-suite.js >"$out" 2>&1); then
      status=ok
    else
      status=FAILED
      failed=1
    fi
    passing=$(grep -Eo '[0-9]+ passing' "$out" || echo "0 passing")
    failing=$(grep -Eo '[0-9]+ failing' "$out" || echo "0 failing")
    echo "run $run  $name: $passing, $failing ($status)"
    if [[ $status == FAILED ]]; then
      sed -n '/failing/,$p' "$out" | head -60
    fi
  done
done
echo "logs in $LOG"
exit $failed

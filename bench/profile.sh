#!/usr/bin/env bash
# Profiles one Java peer under the throughput scenario at a fixed rate: JFR (CPU samples and
# allocation samples, summarized by dev.chat.bench.report.JfrHotSpots) and, when perf is present,
# the split of CPU between the JVM's Java code, the JVM itself and the kernel.
#
#   bench/profile.sh [peer: ours|ours-pg|netty-socketio|relay] [rate, default 10000] [seconds, default 15]
#
# Writes bench/out/profile-<peer>.md. Run bench/run.sh (or its build step) first. BENCH_PORT sets the port.
set -euo pipefail
cd "$(dirname "$0")/.."
PEER=${1:-ours}
RATE=${2:-10000}
SECONDS_MEASURED=${3:-15}
OUT=bench/out
mkdir -p "$OUT"
SECRET=chat-bench-secret-0123456789abcdef0123456789
PORT=${BENCH_PORT:-18090}
BENCH_JAR=chat-bench/target/chat-bench.jar
JFR=$OUT/profile-$PEER.jfr
rm -f "$JFR"
# Start recording after the warm-up, stop before the run ends.
JFR_OPTS="-XX:StartFlightRecording=delay=12s,duration=${SECONDS_MEASURED}s,filename=$JFR,settings=profile"
case "$PEER" in
  ours) CMD=(java $JFR_OPTS -cp "$BENCH_JAR" dev.chat.bench.peer.OursInMemoryServer "$PORT"); CONV=http ;;
  ours-pg)
    psql -h 127.0.0.1 -U postgres -qc 'DROP DATABASE IF EXISTS chat_bench' -c 'CREATE DATABASE chat_bench' >/dev/null
    export CHAT_DB_URL=jdbc:postgresql://127.0.0.1:5432/chat_bench CHAT_DB_USER=postgres CHAT_DB_PASSWORD=
    CMD=(java $JFR_OPTS -jar chat-server-netty/target/chat-server.jar); CONV=http ;;
  netty-socketio) CMD=(java $JFR_OPTS -jar bench/peers/netty-socketio/target/netty-socketio-peer.jar "$PORT"); CONV=implicit ;;
  relay) CMD=(java $JFR_OPTS -cp "$BENCH_JAR" dev.chat.bench.relay.RawRelayServer "$PORT"); CONV=implicit ;;
  *) echo "peer must be ours, ours-pg, netty-socketio or relay" >&2; exit 2 ;;
esac
env CHAT_JWT_SECRET="$SECRET" PORT="$PORT" CHAT_HOST=127.0.0.1 \
  taskset -c 0 "${CMD[@]}" > "$OUT/profile-$PEER.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do (echo > /dev/tcp/127.0.0.1/$PORT) 2>/dev/null && break; sleep 0.1; done
PERF_TXT=$OUT/profile-$PEER-perf.txt
if command -v perf >/dev/null; then
  (sleep 14; perf record -F 499 -g -p "$PID" -o "$OUT/profile-$PEER.perf" -- sleep 8 >/dev/null 2>&1 || true) &
fi
taskset -c 1 java -Xms512m -Xmx2g -Dio.netty.leakDetection.level=disabled -cp "$BENCH_JAR" dev.chat.bench.gen.LoadGenerator --scenario=throughput \
  --peer="$PEER" --port="$PORT" --pid="$PID" --secret="$SECRET" --conversations="$CONV" \
  --rates="$RATE" --warmup-seconds=8 --step-seconds="$((SECONDS_MEASURED + 2))" --out="$OUT/profile-results.jsonl" \
  > "$OUT/profile-$PEER-generator.log" 2>&1 || true
wait_for_jfr=0
while [ ! -s "$JFR" ] && [ $wait_for_jfr -lt 50 ]; do sleep 0.2; wait_for_jfr=$((wait_for_jfr + 1)); done
{
  echo "### Profile of $PEER at $RATE msg/s (JFR, settings=profile, ${SECONDS_MEASURED}s)"
  echo
  tail -1 "$OUT/profile-$PEER-generator.log" | cut -c1-400
  echo
  java -cp "$BENCH_JAR" dev.chat.bench.report.JfrHotSpots "$JFR" 25 dev.chat.
  if [ -f "$OUT/profile-$PEER.perf" ]; then
    echo
    echo "perf: CPU by object (JIT = Java code compiled by the JVM)"
    echo '```'
    perf report -i "$OUT/profile-$PEER.perf" --no-children --sort dso -g none 2>/dev/null | grep -v '^#' | grep -v '^$' | head -8
    echo '```'
  fi
} > "$OUT/profile-$PEER.md"
echo "wrote $OUT/profile-$PEER.md"

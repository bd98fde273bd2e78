#!/usr/bin/env bash
# The benchmark, end to end: builds what it runs, then for each round starts every peer as a fresh
# process per scenario (server pinned to core 0, load generator to core 1), peers interleaved in a
# rotating order, and finally writes bench/RESULTS.md (medians, ratios to ours, targets).
#
#   bench/run.sh            full run, about 15 minutes (3 rounds)
#   bench/run.sh --quick    smoke test, about 2-3 minutes (1 round, short ladder, small levels)
#
# Options: --rounds N, --skip-build, --peers "ours node netty-socketio relay",
#          --scenarios "throughput pg idle fanout jmh", --report-only (rewrite bench/RESULTS.md
#          from the last run's bench/out, e.g. after editing bench/NOTES.md).
#          Environment: BENCH_PORT (first port, default 18100; each scenario takes the next one),
#          BENCH_NICE, BENCH_SERVER_CPU, BENCH_GEN_CPU, BENCH_PEER_JAVA_OPTS, BENCH_GEN_JAVA_OPTS.
# Not part of `mvn verify`. Needs: JDK 17+, Maven, Node 20 + npm, taskset, and PostgreSQL on
# 127.0.0.1:5432 (user postgres, no password) for the "pg" scenario (skipped when absent).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

MODE=full
ROUNDS=3
REPORT_ONLY=0
BUILD=1
PEERS="ours node netty-socketio relay"
SCENARIOS="throughput pg idle fanout jmh"
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) MODE=quick; ROUNDS=1 ;;
    --rounds) ROUNDS=$2; shift ;;
    --skip-build) BUILD=0 ;;
    --peers) PEERS=$2; shift ;;
    --scenarios) SCENARIOS=$2; shift ;;
    --report-only) REPORT_ONLY=1 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done

if [ "$MODE" = quick ]; then
  BUDGET_S=${BENCH_BUDGET_S:-240}
  PAIRS=300
  RATES=5000,10000,20000
  PG_RATES=1000,2500,5000
  STEP_S=2
  WARMUP_S=2
  LEVELS=1000,2000
  FANOUT_SIZES=1000
  FANOUT_REPEATS=3
  JMH_ARGS="-f 1 -wi 1 -w 1s -i 2 -r 1s"
else
  BUDGET_S=${BENCH_BUDGET_S:-960}
  PAIRS=1000
  RATES=5000,10000,15000,20000,25000,30000,35000,40000,50000,60000
  PG_RATES=1000,2500,5000,10000,15000,20000,25000,30000,35000,40000,50000,60000
  STEP_S=3
  WARMUP_S=5
  LEVELS=1000,5000,10000,19000   # 20k does not fit the 20,000 open-files hard limit of this sandbox
  FANOUT_SIZES=1000,10000
  FANOUT_REPEATS=4
  JMH_ARGS="-f 1 -wi 3 -w 1s -i 5 -r 1s"
fi

OUT=bench/out
mkdir -p "$OUT"
RESULTS=$OUT/results.jsonl
BENCH_JAR=chat-bench/target/chat-bench.jar

report() {
  local mode jmh=""
  mode=$(sed -n 's/^mode:[[:space:]]*\([a-z]*\).*/\1/p' "$OUT/machine.txt" 2>/dev/null)
  [ -f "$OUT/jmh.json" ] && jmh="--jmh=$OUT/jmh.json"
  java -cp "$BENCH_JAR" dev.chat.bench.report.ResultsReport --results="$RESULTS" --out=bench/RESULTS.md \
    --machine="$OUT/machine.txt" --commands="$OUT/commands.txt" --notes=bench/NOTES.md --mode="${mode:-full}" $jmh
}
if [ "$REPORT_ONLY" = 1 ]; then
  report
  exit 0
fi
rm -f "$OUT/jmh.json"
: > "$RESULTS"
LOG=$OUT/run.log
: > "$LOG"
SECRET=${BENCH_JWT_SECRET:-chat-bench-secret-0123456789abcdef0123456789}
SERVER_CPU=${BENCH_SERVER_CPU:-0}
GEN_CPU=${BENCH_GEN_CPU:-1}
# BENCH_NICE=-10 gives the server and the generator priority over anything else running on the
# machine (other builds): it cuts the noise; the default leaves priorities alone.
NICE=${BENCH_NICE:-0}
START=$(date +%s)
DEADLINE=$((START + BUDGET_S))
PORT=${BENCH_PORT:-18100}

OURS_JAR=chat-server-netty/target/chat-server.jar
NSIO_JAR=bench/peers/netty-socketio/target/netty-socketio-peer.jar
# The same JVM flags for every Java peer: the defaults (so every peer gets what it would get).
PEER_JAVA_OPTS=${BENCH_PEER_JAVA_OPTS:-}
GEN_JAVA_OPTS=${BENCH_GEN_JAVA_OPTS:--Xms512m -Xmx2g -Dio.netty.leakDetection.level=disabled}

log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$LOG"; }
left() { echo $((DEADLINE - $(date +%s))); }

PEER_PID=""
cleanup() {
  if [ -n "$PEER_PID" ] && kill -0 "$PEER_PID" 2>/dev/null; then
    kill "$PEER_PID" 2>/dev/null || true
    wait "$PEER_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT INT TERM

# ---------------------------------------------------------------- build
if [ "$BUILD" = 1 ]; then
  log "building chat-server-netty and chat-bench (mvn package, tests skipped: this is not the test run)"
  mvn -B -q -pl chat-server-netty,chat-bench -am package -DskipTests >>"$LOG" 2>&1
  log "building the netty-socketio peer"
  mvn -B -q -f bench/peers/netty-socketio/pom.xml package >>"$LOG" 2>&1
  log "installing the Node peer (npm ci)"
  (cd bench/peers/node && npm ci --no-audit --no-fund --loglevel=error) >>"$LOG" 2>&1
fi
[ -f "$BENCH_JAR" ] || { echo "missing $BENCH_JAR" >&2; exit 1; }
PG_OK=0
if pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1; then PG_OK=1; fi
if [ ! -f "$OURS_JAR" ]; then
  log "WARNING: $OURS_JAR not built: no PostgreSQL scenario"
  PG_OK=0
fi

# ---------------------------------------------------------------- machine and commands
{
  echo "date:       $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "mode:       $MODE, $ROUNDS round(s), budget ${BUDGET_S}s"
  echo "cpu:        $(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -1), $(nproc) cores"
  echo "memory:     $(free -m | awk '/Mem:/ {print $2 " MiB"}')"
  echo "kernel:     $(uname -r)"
  echo "java:       $(java -version 2>&1 | head -1)"
  echo "node:       $(node --version), socket.io $(node -p "require('./bench/peers/node/node_modules/socket.io/package.json').version" 2>/dev/null)"
  echo "netty-socketio: $(grep -A1 '<artifactId>netty-socketio</artifactId>' bench/peers/netty-socketio/pom.xml | sed -n 's:.*<version>\(.*\)</version>.*:\1:p' | head -1)"
  echo "postgresql: $( [ $PG_OK = 1 ] && psql -h 127.0.0.1 -U postgres -tAc 'show server_version' 2>/dev/null || echo 'not running')"
  echo "open files: $(ulimit -n) (hard $(ulimit -Hn))"
  echo "load avg at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "pinning:    server on core $SERVER_CPU, generator on core $GEN_CPU (taskset), nice $NICE"
} > "$OUT/machine.txt"

cat > "$OUT/commands.txt" <<EOF
bench/run.sh $( [ "$MODE" = quick ] && echo --quick ) (rounds: $ROUNDS)
servers (each a fresh process per scenario, CHAT_JWT_SECRET set, pinned with taskset -c $SERVER_CPU):
  ours            java $PEER_JAVA_OPTS -cp $BENCH_JAR dev.chat.bench.peer.OursInMemoryServer <port>
                  (the ChatServer the jar runs, with its default in-memory store: the jar itself always opens a JDBC store)
  ours-pg         java $PEER_JAVA_OPTS -jar $OURS_JAR with PORT, CHAT_HOST=127.0.0.1,
                  CHAT_DB_URL=jdbc:postgresql://127.0.0.1:5432/chat_bench (a fresh database each time), CHAT_DB_USER=postgres
  node            node bench/peers/node/server.js <port>
  netty-socketio  java $PEER_JAVA_OPTS -jar $NSIO_JAR <port>
  relay           java $PEER_JAVA_OPTS -cp $BENCH_JAR dev.chat.bench.relay.RawRelayServer <port>
generator (taskset -c $GEN_CPU):
  java $GEN_JAVA_OPTS -cp $BENCH_JAR dev.chat.bench.gen.LoadGenerator --peer=<peer> --round=<n> --port=<port> --pid=<server pid> \\
    --scenario=throughput --pairs=$PAIRS --rates=$RATES --step-seconds=$STEP_S --warmup-seconds=$WARMUP_S
      (ours-pg: --rates=$PG_RATES)
    --scenario=idle --levels=$LEVELS
    --scenario=fanout --fanout-sizes=$FANOUT_SIZES --fanout-repeats=$FANOUT_REPEATS
  (ours: --conversations=http, each pair's conversation opened with POST /api/conversations before connecting)
jmh: java -jar $BENCH_JAR CodecBenchmark $JMH_ARGS -prof gc
EOF

# ---------------------------------------------------------------- peers
wait_port() {
  local port=$1 pid=$2
  for _ in $(seq 1 300); do
    if (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

fresh_pg_database() {
  psql -h 127.0.0.1 -U postgres -qc 'DROP DATABASE IF EXISTS chat_bench' >>"$LOG" 2>&1
  psql -h 127.0.0.1 -U postgres -qc 'CREATE DATABASE chat_bench' >>"$LOG" 2>&1
}

pg_in_use() {
  local tables
  tables=$(psql -h 127.0.0.1 -U postgres -d chat_bench -tAc \
    "select count(*) from information_schema.tables where table_schema = 'public'" 2>/dev/null || echo 0)
  [ "${tables:-0}" -gt 0 ]
}

start_peer() {
  local peer=$1 port=$2 logfile=$OUT/peer-$1.log
  case "$peer" in
    ours)
      env CHAT_JWT_SECRET="$SECRET" nice -n "$NICE" taskset -c "$SERVER_CPU" java $PEER_JAVA_OPTS -cp "$BENCH_JAR" \
        dev.chat.bench.peer.OursInMemoryServer "$port" >"$logfile" 2>&1 &
      ;;
    ours-pg)
      fresh_pg_database
      env CHAT_JWT_SECRET="$SECRET" PORT="$port" CHAT_HOST=127.0.0.1 \
        CHAT_DB_URL=jdbc:postgresql://127.0.0.1:5432/chat_bench CHAT_DB_USER=postgres CHAT_DB_PASSWORD= \
        nice -n "$NICE" taskset -c "$SERVER_CPU" java $PEER_JAVA_OPTS -jar "$OURS_JAR" >"$logfile" 2>&1 &
      ;;
    node)
      env CHAT_JWT_SECRET="$SECRET" nice -n "$NICE" taskset -c "$SERVER_CPU" node bench/peers/node/server.js "$port" >"$logfile" 2>&1 &
      ;;
    netty-socketio)
      env CHAT_JWT_SECRET="$SECRET" nice -n "$NICE" taskset -c "$SERVER_CPU" java $PEER_JAVA_OPTS -jar "$NSIO_JAR" "$port" >"$logfile" 2>&1 &
      ;;
    relay)
      env CHAT_JWT_SECRET="$SECRET" nice -n "$NICE" taskset -c "$SERVER_CPU" java $PEER_JAVA_OPTS -cp "$BENCH_JAR" \
        dev.chat.bench.relay.RawRelayServer "$port" >"$logfile" 2>&1 &
      ;;
    *) echo "unknown peer $peer" >&2; return 1 ;;
  esac
  PEER_PID=$!
  if ! wait_port "$port" "$PEER_PID"; then
    log "  $peer did not start listening on $port; its log:"
    tail -5 "$logfile" | tee -a "$LOG"
    cleanup
    PEER_PID=""
    return 1
  fi
}

stop_peer() {
  cleanup
  PEER_PID=""
}

# run_one SCENARIO PEER ROUND SECONDS_NEEDED GENERATOR_ARGS...
run_one() {
  local scenario=$1 peer=$2 round=$3 need=$4
  shift 4
  if [ "$(left)" -lt "$need" ]; then
    log "  skip $scenario/$peer round $round: $(left)s left of the budget, needs ~${need}s"
    echo "{\"scenario\":\"$scenario\",\"peer\":\"$peer\",\"round\":$round,\"error\":\"skipped: time budget\"}" >> "$RESULTS"
    return 0
  fi
  PORT=$((PORT + 1))
  log "  $scenario / $peer (round $round, port $PORT)"
  if ! start_peer "$peer" "$PORT"; then
    echo "{\"scenario\":\"$scenario\",\"peer\":\"$peer\",\"round\":$round,\"error\":\"peer did not start\"}" >> "$RESULTS"
    return 0
  fi
  local conv=implicit store=memory
  case "$peer" in ours) conv=http ;; ours-pg) conv=http; store=postgres ;; esac
  local label=$scenario
  [ "$scenario" = pg ] && label=throughput
  if [ "$peer" = ours-pg ] && ! pg_in_use; then
    log "  ours-pg: the server created no table in chat_bench: CHAT_DB_URL is not wired in this build"
    echo "{\"scenario\":\"throughput\",\"peer\":\"ours-pg\",\"round\":$round,\"error\":\"the server did not use PostgreSQL (CHAT_DB_URL not wired in this build)\"}" >> "$RESULTS"
    stop_peer
    return 0
  fi
  timeout $((need + 120)) nice -n "$NICE" taskset -c "$GEN_CPU" java $GEN_JAVA_OPTS -cp "$BENCH_JAR" dev.chat.bench.gen.LoadGenerator \
    --scenario="$label" --peer="$peer" --round="$round" --store="$store" --port="$PORT" --pid="$PEER_PID" \
    --secret="$SECRET" --out="$RESULTS" --conversations="$conv" "$@" >>"$LOG" 2>&1 \
    || log "  generator exited non-zero for $scenario/$peer (see $LOG)"
  stop_peer
}

rotate() { # rotate "a b c" by n
  local n=$1; shift
  local arr=($@) len=$#
  for ((i = 0; i < len; i++)); do printf '%s ' "${arr[$(((i + n) % len))]}"; done
}

has() { case " $SCENARIOS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

THROUGHPUT_ARGS=(--pairs=$PAIRS --rates=$RATES --step-seconds=$STEP_S --warmup-seconds=$WARMUP_S)
PG_ARGS=(--pairs=$PAIRS --rates=$PG_RATES --step-seconds=$STEP_S --warmup-seconds=$WARMUP_S --ladder-floor=0)
IDLE_ARGS=(--levels=$LEVELS)
FANOUT_ARGS=(--fanout-sizes=$FANOUT_SIZES --fanout-repeats=$FANOUT_REPEATS)

for ((round = 1; round <= ROUNDS; round++)); do
  ORDER=$(rotate $((round - 1)) $PEERS)
  log "round $round: order $ORDER ($(left)s left)"
  for peer in $ORDER; do
    if has throughput; then
      run_one throughput "$peer" "$round" 40 "${THROUGHPUT_ARGS[@]}"
    fi
    if [ "$peer" = ours ] && has pg && [ $PG_OK = 1 ]; then
      run_one pg ours-pg "$round" 40 "${PG_ARGS[@]}"
    fi
  done
  if has idle; then
    for peer in $ORDER; do run_one idle "$peer" "$round" 45 "${IDLE_ARGS[@]}"; done
  fi
  if has fanout; then
    for peer in $ORDER; do run_one fanout "$peer" "$round" 25 "${FANOUT_ARGS[@]}"; done
  fi
done

if has jmh; then
  if [ "$(left)" -gt 30 ] || [ "$MODE" = quick ]; then
    log "JMH codec microbenchmarks"
    taskset -c "$GEN_CPU" java -jar "$BENCH_JAR" CodecBenchmark $JMH_ARGS -prof gc -rf json -rff "$OUT/jmh.json" >>"$LOG" 2>&1 \
      || { log "JMH failed (see $LOG)"; rm -f "$OUT/jmh.json"; }
  else
    log "skip JMH: time budget"
  fi
fi

report | tee -a "$LOG"
log "done in $(( $(date +%s) - START ))s: bench/RESULTS.md"

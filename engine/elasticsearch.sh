#!/usr/bin/env bash
# Local Elasticsearch node for SEMSEM-stages, without Docker.
#
#   engine/elasticsearch.sh start          download (Maven), install, build+install our plugin, start, wait for health
#   engine/elasticsearch.sh stop           stop the node started by this script (pidfile)
#   engine/elasticsearch.sh restart        stop then start
#   engine/elasticsearch.sh status         print cluster health; exit 0 if green/yellow, 1 otherwise
#   engine/elasticsearch.sh logs [-f] [N]  last N (default 100) lines of the node log, -f to follow
#   engine/elasticsearch.sh build-plugin   (re)build engine/analysis-fr only
#   engine/elasticsearch.sh pids           "<http port> <pid>" of each live node started by this script
#
# Environment: ES_PORT (9200), ES_HEAP (1g; 512m for a cluster), ES_START_TIMEOUT (120 s; 300 s for a cluster),
#              ES_NODES (1): with N > 1, a local cluster of N nodes on HTTP ports ES_PORT..ES_PORT+N-1 and
#              transport ports ES_TRANSPORT_PORT..+N-1 (ES_TRANSPORT_PORT defaults to ES_PORT + 100);
#              start starts the nodes that are not running (so it also restarts a killed one), stop stops them all,
#              status prints the cluster health and its nodes (exit 0 only when every node has joined).
#              SEMSEM_ES_BASE (/var/lib/semsem-es as root), SEMSEM_ES_USER (semsem-es as root).
# The Elasticsearch version is read from engine/ES_VERSION (the single pin). See engine/README.md.
set -euo pipefail

ENGINE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ES_VERSION="$(tr -d '[:space:]' < "$ENGINE_DIR/ES_VERSION")"
ES_PORT="${ES_PORT:-9200}"
ES_NODES="${ES_NODES:-1}"
START_TIMEOUT="${ES_START_TIMEOUT:-$([ "$ES_NODES" = 1 ] && echo 120 || echo 300)}"
HOST=127.0.0.1

CACHE_DIR="$ENGINE_DIR/.cache"
DIST_ZIP="$CACHE_DIR/elasticsearch-$ES_VERSION.zip"
DIST_ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip"
DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.6.1"
PLUGIN_DIR="$ENGINE_DIR/analysis-fr"
PLUGIN_NAME=semsem-analysis-fr
PLUGIN_ZIP="$PLUGIN_DIR/target/$PLUGIN_NAME-$ES_VERSION.zip"

if [ "$(id -u)" = 0 ]; then
  # Elasticsearch refuses to run as root: a dedicated system user owns the node.
  ES_USER="${SEMSEM_ES_USER:-semsem-es}"
  BASE="${SEMSEM_ES_BASE:-/var/lib/semsem-es}"
else
  ES_USER="$(id -un)"
  BASE="${SEMSEM_ES_BASE:-${XDG_DATA_HOME:-$HOME/.local/share}/semsem-es}"
fi
ES_HOME="$BASE/$ES_VERSION"              # unpacked distribution, shared by all clones
INSTALLED_MARKER="$ES_HOME/.semsem-installed"
PLUGIN_MARKER="$ES_HOME/.semsem-plugin.sha256"

log() { printf '[elasticsearch.sh +%ss] %s\n' "$SECONDS" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

case "$ES_PORT" in ''|*[!0-9]*) die "ES_PORT must be a number (got '$ES_PORT')" ;; esac
case "$ES_NODES" in [1-9]) ;; *) die "ES_NODES must be a number from 1 to 9 (got '$ES_NODES')" ;; esac

if [ "$ES_NODES" = 1 ]; then
  # the single development node, exactly as before clusters existed (the whole test suite depends on it)
  CLUSTER_NAME=semsem-es
  ES_HEAP="${ES_HEAP:-1g}"
else
  # its own cluster name, so a cluster's nodes can never join another cluster started here
  CLUSTER_NAME="semsem-es-$ES_PORT"
  ES_HEAP="${ES_HEAP:-512m}"
  ES_TRANSPORT_PORT="${ES_TRANSPORT_PORT:-$((ES_PORT + 100))}"
  case "$ES_TRANSPORT_PORT" in ''|*[!0-9]*) die "ES_TRANSPORT_PORT must be a number" ;; esac
fi
HTTP_PORTS=()
for ((i = 0; i < ES_NODES; i++)); do HTTP_PORTS+=($((ES_PORT + i))); done

# Points the node globals (NODE_PORT, NODE_DIR, PID_FILE, LOG_FILE, CONSOLE_FILE, URL) at the node on HTTP port $1.
select_node() {
  NODE_PORT="$1"
  NODE_DIR="$ES_HOME/nodes/$NODE_PORT"     # config, data, logs and pidfile of the node on that port
  PID_FILE="$NODE_DIR/es.pid"
  LOG_FILE="$NODE_DIR/logs/$CLUSTER_NAME.log"
  CONSOLE_FILE="$NODE_DIR/logs/console.out"
  URL="http://$HOST:$NODE_PORT"
}
select_node "$ES_PORT"

is_root() { [ "$(id -u)" = 0 ]; }

# Run a command as the node's user, from a folder that user can read (the clone may be under /root).
as_es() {
  if is_root; then
    (cd "$ES_HOME" 2>/dev/null || cd /; runuser -u "$ES_USER" -- "$@")
  else
    (cd "$ES_HOME" 2>/dev/null || cd /; "$@")
  fi
}

# Maven, quiet, batch; strips the stray ANSI resets that Debian's Maven prints even with -B.
mvn_q() { mvn -B -q "$@" 2>&1 | sed 's/\x1b\[0m//g'; }

health_json() { curl -fsS -m 5 "$URL/_cluster/health" 2>/dev/null; }

health_status() {
  local json
  json="$(health_json)" || return 1
  printf '%s' "$json" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p'
}

is_healthy() {
  local s
  s="$(health_status)" || return 1
  [ "$s" = green ] || [ "$s" = yellow ]
}

node_pid() {
  # pid of the node started by this script on NODE_PORT, if it is alive and is Elasticsearch
  local pid
  [ -f "$PID_FILE" ] || return 1
  pid="$(tr -dc '0-9' < "$PID_FILE")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q 'org.elasticsearch' || return 1
  printf '%s' "$pid"
}

show_log_tail() {
  # the node log when there is one; the launcher's console output when the node never got that far
  local f="$LOG_FILE"
  if [ "${1:-}" = console ] || [ ! -s "$f" ]; then f="$CONSOLE_FILE"; fi
  if [ -s "$f" ]; then
    printf -- '----- last lines of %s -----\n' "$f" >&2
    tail -n 60 "$f" >&2
  fi
}

ensure_tools() {
  local missing=()
  command -v curl >/dev/null || missing+=(curl)
  command -v unzip >/dev/null || missing+=(unzip)
  command -v mvn >/dev/null || missing+=(maven)
  if [ ${#missing[@]} -gt 0 ]; then
    if is_root && command -v apt-get >/dev/null; then
      log "installing ${missing[*]} with apt-get"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
        || { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }
    else
      die "missing tools: ${missing[*]}"
    fi
  fi
}

find_java_home() {
  local java
  if [ -n "${ES_JAVA_HOME:-}" ]; then printf '%s' "$ES_JAVA_HOME"; return; fi
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then printf '%s' "$JAVA_HOME"; return; fi
  java="$(command -v java)" || die "no java found (JDK 17+ needed): set ES_JAVA_HOME"
  java="$(readlink -f "$java")"
  dirname "$(dirname "$java")"
}

ensure_user() {
  if is_root; then
    if ! id "$ES_USER" >/dev/null 2>&1; then
      log "creating system user $ES_USER"
      useradd --system --user-group --home-dir "$BASE" --no-create-home --shell /usr/sbin/nologin "$ES_USER"
    fi
    mkdir -p "$BASE"
    chown "$ES_USER:" "$BASE"
    chmod 750 "$BASE"
  else
    mkdir -p "$BASE"
  fi
}

download_distribution() {
  [ -s "$DIST_ZIP" ] && return 0
  mkdir -p "$CACHE_DIR"
  log "downloading Elasticsearch $ES_VERSION (integ-test-zip) with Maven"
  # run from the cache folder, so that no project pom.xml gets in the way
  (cd "$CACHE_DIR" && mvn_q "$DEPENDENCY_PLUGIN:copy" -Dartifact="$DIST_ARTIFACT" -DoutputDirectory="$CACHE_DIR")
  [ -s "$DIST_ZIP" ] || die "download failed: $DIST_ZIP missing"
}

ensure_distribution() {
  [ -f "$INSTALLED_MARKER" ] && return 0
  download_distribution
  local tmp="$BASE/.unpack-$ES_VERSION-$$"
  log "unpacking into $ES_HOME"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  unzip -q "$DIST_ZIP" -d "$tmp"
  [ -d "$tmp/elasticsearch-$ES_VERSION" ] || { rm -rf "$tmp"; die "unexpected zip layout in $DIST_ZIP"; }
  rm -rf "$ES_HOME"   # a half-done earlier install (no marker)
  mv "$tmp/elasticsearch-$ES_VERSION" "$ES_HOME"
  rmdir "$tmp"
  if is_root; then chown -R "$ES_USER:" "$ES_HOME"; fi
  touch "$INSTALLED_MARKER"
}

lucene_version() {
  local jar
  if [ -f "$INSTALLED_MARKER" ]; then
    jar="$(cd "$ES_HOME/lib" && ls lucene-core-*.jar)"
  else
    download_distribution
    jar="$(unzip -Z1 "$DIST_ZIP" | grep -o 'lucene-core-[0-9.]*\.jar' | head -n1)"
  fi
  jar="${jar#lucene-core-}"
  printf '%s' "${jar%.jar}"
}

plugin_is_stale() {
  [ -s "$PLUGIN_ZIP" ] || return 0
  [ -n "$(find "$PLUGIN_DIR/pom.xml" "$PLUGIN_DIR/src" "$ENGINE_DIR/ES_VERSION" -newer "$PLUGIN_ZIP" -print -quit)" ]
}

build_plugin() {
  local force="${1:-}" lucene
  if [ "$force" != force ] && ! plugin_is_stale; then return 0; fi
  lucene="$(lucene_version)"
  [ -n "$lucene" ] || die "cannot tell the Lucene version of Elasticsearch $ES_VERSION"
  log "building $PLUGIN_NAME (Elasticsearch $ES_VERSION, Lucene $lucene)"
  mvn_q -f "$PLUGIN_DIR/pom.xml" clean package -Des.version="$ES_VERSION" -Dlucene.version="$lucene"
  [ -s "$PLUGIN_ZIP" ] || die "plugin build produced no $PLUGIN_ZIP"
}

ensure_plugin() {
  local sum
  sum="$(sha256sum "$PLUGIN_ZIP" | cut -d' ' -f1)"
  if [ -d "$ES_HOME/plugins/$PLUGIN_NAME" ] && [ "$(cat "$PLUGIN_MARKER" 2>/dev/null)" = "$sum" ]; then
    return 0
  fi
  log "installing plugin $PLUGIN_NAME"
  # a copy the node's user can read (the clone may not be readable by it)
  cp "$PLUGIN_ZIP" "$ES_HOME/$PLUGIN_NAME.zip"
  if is_root; then chown "$ES_USER:" "$ES_HOME/$PLUGIN_NAME.zip"; fi
  if [ -d "$ES_HOME/plugins/$PLUGIN_NAME" ]; then
    as_es env -u JAVA_HOME ES_JAVA_HOME="$JAVA_HOME_FOR_ES" "$ES_HOME/bin/elasticsearch-plugin" remove --silent "$PLUGIN_NAME"
  fi
  as_es env -u JAVA_HOME ES_JAVA_HOME="$JAVA_HOME_FOR_ES" "$ES_HOME/bin/elasticsearch-plugin" install --batch --silent \
    "file://$ES_HOME/$PLUGIN_NAME.zip"
  printf '%s\n' "$sum" > "$PLUGIN_MARKER"
}

# One node: no discovery at all. A cluster: fixed transport ports, every node seeds from all of them, and the
# first formation elects among all the nodes (ignored once the cluster has formed; harmless on later starts).
discovery_settings() {
  if [ "$ES_NODES" = 1 ]; then
    printf 'discovery.type: single-node'
    return
  fi
  local i seeds=() names=()
  for ((i = 0; i < ES_NODES; i++)); do
    seeds+=("\"$HOST:$((ES_TRANSPORT_PORT + i))\"")
    names+=("\"$CLUSTER_NAME-$((ES_PORT + i))\"")
  done
  printf 'transport.port: %s\n' "$((ES_TRANSPORT_PORT + NODE_PORT - ES_PORT))"
  printf 'discovery.seed_hosts: [%s]\n' "$(IFS=,; printf '%s' "${seeds[*]}")"
  printf 'cluster.initial_master_nodes: [%s]' "$(IFS=,; printf '%s' "${names[*]}")"
}

write_config() {
  mkdir -p "$NODE_DIR/config" "$NODE_DIR/data" "$NODE_DIR/logs"
  # distribution defaults (log4j2.properties, jvm.options, ...) once; our files below every time
  cp -rn "$ES_HOME/config/." "$NODE_DIR/config/"
  mkdir -p "$NODE_DIR/config/jvm.options.d"
  cat > "$NODE_DIR/config/elasticsearch.yml" <<EOF
# Written by engine/elasticsearch.sh on every start: edit the script, not this file.
cluster.name: $CLUSTER_NAME
node.name: $CLUSTER_NAME-$NODE_PORT
path.data: $NODE_DIR/data
path.logs: $NODE_DIR/logs
network.host: $HOST
http.port: $NODE_PORT
$(discovery_settings)
# no TLS, no passwords: a local development/test node bound to loopback only
xpack.security.enabled: false
# the disk may be nearly full on some machines: never block allocation or writes for that
cluster.routing.allocation.disk.threshold_enabled: false
# lets tests delete indices with wildcards / _all
action.destructive_requires_name: false
# harmless start-up warning of the bundled APM module
logger.io.opentelemetry.usage: error
EOF
  cat > "$NODE_DIR/config/jvm.options.d/semsem.options" <<EOF
-Xms$ES_HEAP
-Xmx$ES_HEAP
EOF
  if is_root; then
    chown -R "$ES_USER:" "$NODE_DIR/config"
    chown "$ES_USER:" "$ES_HOME/nodes" "$NODE_DIR" "$NODE_DIR/data" "$NODE_DIR/logs"
  fi
}

wait_for_health() {
  local started="$1" deadline=$((SECONDS + START_TIMEOUT))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if is_healthy; then
      log "Elasticsearch $ES_VERSION ready on $URL (status $(health_status), $((SECONDS - started)) s)"
      return 0
    fi
    if ! node_pid >/dev/null; then
      show_log_tail
      die "the node exited during startup"
    fi
    sleep 1
  done
  show_log_tail
  die "no green/yellow health on $URL after ${START_TIMEOUT} s"
}

warn_if_plugin_missing() {
  local plugins
  plugins="$(curl -fsS -m 5 "$URL/_cat/plugins?h=component" 2>/dev/null)" || return 0
  printf '%s' "$plugins" | grep -qx "$PLUGIN_NAME" \
    || log "WARNING: the node on $URL has no $PLUGIN_NAME plugin (not started by this script?)"
}

cmd_start() {
  local started=$SECONDS
  if is_healthy; then
    log "Elasticsearch already answers on $URL (status $(health_status)): reusing it"
    warn_if_plugin_missing
    return 0
  fi
  ensure_tools
  ensure_user
  # one start at a time per port (parallel CI steps, several clones)
  exec 9>"$BASE/.start-$ES_PORT.lock"
  flock -w "$((START_TIMEOUT + 300))" 9 || die "could not take $BASE/.start-$ES_PORT.lock"
  if is_healthy; then
    log "Elasticsearch already answers on $URL: reusing it"
    return 0
  fi
  if node_pid >/dev/null; then
    log "node already starting (pid $(node_pid)): waiting for it"
    wait_for_health "$started"
    return 0
  fi

  JAVA_HOME_FOR_ES="$(find_java_home)"
  ensure_distribution
  as_es test -x "$JAVA_HOME_FOR_ES/bin/java" \
    || die "user $ES_USER cannot run $JAVA_HOME_FOR_ES/bin/java: set ES_JAVA_HOME to a JDK 17+ it can read"
  build_plugin
  ensure_plugin
  write_config

  log "starting Elasticsearch $ES_VERSION on $URL (home $ES_HOME, node dir $NODE_DIR)"
  rm -f "$PID_FILE"
  # With -d the launcher returns once the node is started (or has failed).
  # fd 9 (the start lock) must not be inherited by the daemon.
  if ! (ulimit -n 65535 2>/dev/null || true
        as_es timeout "$START_TIMEOUT" env -u JAVA_HOME ES_JAVA_HOME="$JAVA_HOME_FOR_ES" ES_PATH_CONF="$NODE_DIR/config" \
          "$ES_HOME/bin/elasticsearch" -d -p "$PID_FILE") </dev/null >"$CONSOLE_FILE" 2>&1 9>&-; then
    show_log_tail console
    (cmd_stop) >/dev/null 2>&1 || true   # leave no half-started node behind
    die "Elasticsearch failed to start within ${START_TIMEOUT} s"
  fi
  wait_for_health "$started"
}

cmd_stop() {
  local pid i
  if ! pid="$(node_pid)"; then
    rm -f "$PID_FILE" 2>/dev/null || true
    if health_json >/dev/null; then
      die "a node answers on $URL but it was not started by this script (no live pidfile $PID_FILE)"
    fi
    log "not running"
    return 0
  fi
  log "stopping pid $pid"
  kill -TERM "$pid"
  for i in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || { log "stopped"; rm -f "$PID_FILE"; return 0; }
    sleep 1
  done
  log "still alive after 60 s: SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
}

cmd_status() {
  local json
  if json="$(health_json)"; then
    printf '%s\n' "$json"
    is_healthy
  else
    log "no Elasticsearch answering on $URL"
    return 1
  fi
}

cmd_logs() {
  local follow="" lines=100 a
  for a in "$@"; do
    case "$a" in
      -f|--follow) follow=1 ;;
      *[!0-9]*|'') die "usage: $0 logs [-f] [LINES]" ;;
      *) lines="$a" ;;
    esac
  done
  [ -f "$LOG_FILE" ] || die "no log yet at $LOG_FILE"
  if [ -n "$follow" ]; then tail -n "$lines" -F "$LOG_FILE"; else tail -n "$lines" "$LOG_FILE"; fi
}

# ----- a local cluster (ES_NODES > 1) -----

# Cluster health as seen by the first node that answers.
cluster_health_json() {
  local port
  for port in "${HTTP_PORTS[@]}"; do
    curl -fsS -m 5 "http://$HOST:$port/_cluster/health" 2>/dev/null && return 0
  done
  return 1
}

# True when every node has joined and no primary is missing (green or yellow).
cluster_is_complete() {
  local json nodes status
  json="$(cluster_health_json)" || return 1
  nodes="$(printf '%s' "$json" | sed -n 's/.*"number_of_nodes":\([0-9]*\).*/\1/p')"
  status="$(printf '%s' "$json" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p')"
  [ "$nodes" = "$ES_NODES" ] && { [ "$status" = green ] || [ "$status" = yellow ]; }
}

# Starts the node selected by select_node, daemonised; returns when its launcher does.
launch_selected_node() {
  write_config
  rm -f "$PID_FILE"
  (ulimit -n 65535 2>/dev/null || true
   as_es timeout "$START_TIMEOUT" env -u JAVA_HOME ES_JAVA_HOME="$JAVA_HOME_FOR_ES" ES_PATH_CONF="$NODE_DIR/config" \
     "$ES_HOME/bin/elasticsearch" -d -p "$PID_FILE") </dev/null >"$CONSOLE_FILE" 2>&1 9>&-
}

cmd_cluster_start() {
  local started=$SECONDS port launched=() launchers=() failed=() i deadline
  if cluster_is_complete; then
    log "the $ES_NODES-node cluster $CLUSTER_NAME already answers: reusing it"
    return 0
  fi
  ensure_tools
  ensure_user
  exec 9>"$BASE/.start-$ES_PORT.lock"
  flock -w "$((START_TIMEOUT + 300))" 9 || die "could not take $BASE/.start-$ES_PORT.lock"
  JAVA_HOME_FOR_ES="$(find_java_home)"
  ensure_distribution
  as_es test -x "$JAVA_HOME_FOR_ES/bin/java" \
    || die "user $ES_USER cannot run $JAVA_HOME_FOR_ES/bin/java: set ES_JAVA_HOME to a JDK 17+ it can read"
  build_plugin
  ensure_plugin
  # All at once: a node's launcher returns only after it has joined a cluster (or waited 30 s for one),
  # so starting them one after the other would make the first wait for nodes not started yet.
  for port in "${HTTP_PORTS[@]}"; do
    select_node "$port"
    if node_pid >/dev/null || health_json >/dev/null; then continue; fi
    log "starting node $CLUSTER_NAME-$port (http $port, transport $((ES_TRANSPORT_PORT + port - ES_PORT)), heap $ES_HEAP)"
    launch_selected_node &
    launchers+=($!)
    launched+=("$port")
  done
  for i in "${!launchers[@]}"; do
    wait "${launchers[$i]}" || failed+=("${launched[$i]}")
  done
  for port in "${failed[@]}"; do
    select_node "$port"
    show_log_tail console
    log "node on $port failed to start"
  done
  [ ${#failed[@]} = 0 ] || die "${#failed[@]} node(s) failed to start: ${failed[*]}"
  deadline=$((SECONDS + START_TIMEOUT))
  while ! cluster_is_complete; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      cluster_health_json >&2 || true
      die "the cluster has not gathered its $ES_NODES nodes after ${START_TIMEOUT} s"
    fi
    sleep 1
  done
  log "cluster $CLUSTER_NAME of $ES_NODES nodes ready on http://$HOST:${HTTP_PORTS[0]}..${HTTP_PORTS[-1]}" \
    "(status $(cluster_health_json | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p'), $((SECONDS - started)) s)"
}

cmd_cluster_stop() {
  local port stoppers=() rc=0 pid
  # in parallel: each node takes a few seconds to close
  for port in "${HTTP_PORTS[@]}"; do
    (select_node "$port"; cmd_stop) &
    stoppers+=($!)
  done
  for pid in "${stoppers[@]}"; do wait "$pid" || rc=1; done
  return "$rc"
}

cmd_cluster_status() {
  local json port
  if ! json="$(cluster_health_json)"; then
    log "no node of $CLUSTER_NAME answers on ports ${HTTP_PORTS[*]}"
    return 1
  fi
  printf '%s\n' "$json"
  for port in "${HTTP_PORTS[@]}"; do
    curl -fsS -m 5 "http://$HOST:$port/_cat/nodes?h=name,http,master,heap.percent&s=name" 2>/dev/null && break
  done
  cluster_is_complete
}

cmd_pids() {
  local port pid
  for port in "${HTTP_PORTS[@]}"; do
    select_node "$port"
    if pid="$(node_pid)"; then printf '%s %s\n' "$port" "$pid"; fi
  done
}

if [ "$ES_NODES" != 1 ]; then
  case "${1:-}" in
    start) cmd_cluster_start; exit ;;
    stop) cmd_cluster_stop; exit ;;
    restart) cmd_cluster_stop; cmd_cluster_start; exit ;;
    status) cmd_cluster_status; exit ;;
  esac
fi

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  restart) cmd_stop; cmd_start ;;
  status) cmd_status ;;
  pids) cmd_pids ;;
  logs) shift; cmd_logs "$@" ;;
  build-plugin) ensure_tools; build_plugin force; log "built $PLUGIN_ZIP" ;;
  *) printf 'usage: [ES_NODES=3] [ES_PORT=9210] %s start|stop|restart|status|pids|logs [-f] [N]|build-plugin\n' "$0" >&2; exit 2 ;;
esac

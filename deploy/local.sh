#!/usr/bin/env bash
# OneWindow local run: builds what is missing and runs the whole platform on this machine,
# without Docker, on the embedded defaults (deploy/README.md):
#
#   kafka       Apache Kafka broker, KRaft (broker+controller, one node), Maven Central jars
#   mongo       mongo-java-server (MongoDB wire protocol) with an H2 file: data survives restarts
#   keycloak    the real Keycloak server (built once, start --optimized; dev-file H2 database), realm imported
#   appointment-service, approval-service, e-license-service, supervision-service, notification-service,
#   console, gateway
#
# Usage: deploy/local.sh start [--rebuild] [--infra-only] | stop | status | logs [NAME] | reset [-y]
#
# State lives under ONEWINDOW_HOME (default <repo>/.local): data/ logs/ pids/ keycloak/.
# Every port can be changed with an environment variable (see "Ports" below).
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$SCRIPT_DIR/.." && pwd)

ONEWINDOW_HOME=${ONEWINDOW_HOME:-$REPO/.local}
mkdir -p "$ONEWINDOW_HOME"
ONEWINDOW_HOME=$(cd "$ONEWINDOW_HOME" && pwd)
DATA=$ONEWINDOW_HOME/data
LOGS=$ONEWINDOW_HOME/logs
PIDS=$ONEWINDOW_HOME/pids
CDS_DIR=$ONEWINDOW_HOME/cds # a cache: deleting it costs one training run per application

# Ports -------------------------------------------------------------------------------
HOST=127.0.0.1 # everything binds to and is reached on the loopback interface only
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
MONGODB_PORT=${MONGODB_PORT:-27017}
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
KEYCLOAK_MANAGEMENT_PORT=${KEYCLOAK_MANAGEMENT_PORT:-9180}
APPOINTMENT_SERVICE_PORT=${APPOINTMENT_SERVICE_PORT:-8081}
APPROVAL_SERVICE_PORT=${APPROVAL_SERVICE_PORT:-8082}
E_LICENSE_SERVICE_PORT=${E_LICENSE_SERVICE_PORT:-8083}
SUPERVISION_SERVICE_PORT=${SUPERVISION_SERVICE_PORT:-8084}
NOTIFICATION_SERVICE_PORT=${NOTIFICATION_SERVICE_PORT:-8085}
GATEWAY_PORT=${GATEWAY_PORT:-8080}
CONSOLE_PORT=${CONSOLE_PORT:-8090}

# JVM options per kind of process (override to taste).
# -XX:TieredStopAtLevel=1 (the C1 compiler only) halves the CPU the seven applications need to start on
# two cores; the code it makes is slower than C2's, which a demo does not feel (deploy/README.md, "Start-up").
ONEWINDOW_APP_JAVA_OPTS=${ONEWINDOW_APP_JAVA_OPTS:--Xms64m -Xmx512m -XX:+ExitOnOutOfMemoryError -XX:TieredStopAtLevel=1}
# C1 only for the broker too: the applications wait for it, and it became healthy on ~3.4 CPU-seconds
# instead of ~7 (11-12 s instead of 21-25 s on the busy 2-core machine).
ONEWINDOW_KAFKA_JAVA_OPTS=${ONEWINDOW_KAFKA_JAVA_OPTS:--Xms128m -Xmx512m -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -XX:TieredStopAtLevel=1}
ONEWINDOW_MONGO_JAVA_OPTS=${ONEWINDOW_MONGO_JAVA_OPTS:--Xms32m -Xmx384m -XX:+ExitOnOutOfMemoryError}
ONEWINDOW_KEYCLOAK_HEAP=${ONEWINDOW_KEYCLOAK_HEAP:--Xms64m -Xmx768m}
# Added to Keycloak's JVM options; C1 only cuts its start from ~17 to ~11 CPU-seconds. For tokens at
# benchmark rates (docs/bench.md) give it C2 back: -XX:TieredStopAtLevel=4.
ONEWINDOW_KEYCLOAK_JAVA_OPTS=${ONEWINDOW_KEYCLOAK_JAVA_OPTS:--XX:TieredStopAtLevel=1}
# Keycloak runs as a server built once for the local run's options (kc.sh build, then start --optimized:
# no build check at each start); "dev" runs kc.sh start-dev as before (it builds itself when needed).
ONEWINDOW_KEYCLOAK_MODE=${ONEWINDOW_KEYCLOAK_MODE:-optimized}
# Class-data sharing for the seven applications (deploy/README.md "Start-up"): each runs from its
# extracted jar with an archive of its classes made by a training run, both kept under CDS_DIR and
# made again when the jar, the JVM or ONEWINDOW_APP_JAVA_OPTS change. false: run the jars as built.
ONEWINDOW_CDS=${ONEWINDOW_CDS:-true}

REALM_FILE=${ONEWINDOW_REALM_FILE:-$REPO/deploy/keycloak/onewindow-realm.json}
KEYCLOAK_ISSUER_URI=http://$HOST:$KEYCLOAK_PORT/realms/onewindow

INFRA=(kafka mongo keycloak)
SERVICES=(appointment-service approval-service e-license-service supervision-service notification-service)
APPS=("${SERVICES[@]}" console gateway)
ALL=("${INFRA[@]}" "${APPS[@]}")

pom_value() { # the first <tag>value</tag> of the root pom after a line matching $2 (or anywhere)
  sed -n "${2:-1,\$}{s|.*<$1>\\(.*\\)</$1>.*|\\1|p;}" "$REPO/pom.xml" | head -n 1
}
VERSION=$(pom_value version '/<artifactId>onewindow-parent<\/artifactId>/,$')
[[ -n $VERSION ]] || VERSION=0.1.0-SNAPSHOT
KEYCLOAK_VERSION=$(pom_value keycloak.version)
KEYCLOAK_DIST=$REPO/target/keycloak/keycloak-$KEYCLOAK_VERSION   # unpacked by platform/platform-test
KC_HOME=$ONEWINDOW_HOME/keycloak/keycloak-$KEYCLOAK_VERSION       # this run's own copy of it
INFRA_DIR=$REPO/deploy/local-infra
KC_EXTENSION_DIR=$REPO/deploy/keycloak-extension   # OneWindow's Keycloak extension (registration)
KC_EXTENSION_JAR=$KC_EXTENSION_DIR/target/keycloak-extension-$VERSION.jar
INFRA_JAR=$INFRA_DIR/target/local-infra-$VERSION.jar
INFRA_CP="$INFRA_JAR:$INFRA_DIR/target/lib/*"

# Output ------------------------------------------------------------------------------
if [[ -t 1 ]]; then B=$'\e[1m' G=$'\e[32m' Y=$'\e[33m' R=$'\e[31m' N=$'\e[0m'; else B='' G='' Y='' R='' N=''; fi
say() { printf '%s==>%s %s\n' "$B" "$N" "$*"; }
ok() { printf '    %sok%s %s\n' "$G" "$N" "$*"; }
warn() { printf '    %swarning:%s %s\n' "$Y" "$N" "$*" >&2; }
die() { printf '%serror:%s %s\n' "$R" "$N" "$*" >&2; exit 1; }
rel() { local p=$1; [[ $p == "$REPO"/* ]] && p=${p#"$REPO"/}; printf '%s' "$p"; }
now() { date +%s; }

JAVA=java
if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]]; then JAVA=$JAVA_HOME/bin/java; fi
DETACH=(nohup)
command -v setsid >/dev/null 2>&1 && DETACH=(setsid)

check_java() {
  command -v "$JAVA" >/dev/null 2>&1 || die "no java on the PATH and no JAVA_HOME: install a JDK 17 or newer"
  local v
  v=$("$JAVA" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  [[ -n $v && $v -ge 17 ]] || die "Java 17 or newer needed, found: $("$JAVA" -version 2>&1 | head -n 1)"
  JAVA_RUNTIME="$(command -v "$JAVA") $("$JAVA" -version 2>&1 | tr '\n' ' ')" # what a CDS archive depends on
}

# Components --------------------------------------------------------------------------
port_of() {
  case $1 in
    kafka) echo "$KAFKA_PORT" ;;
    mongo) echo "$MONGODB_PORT" ;;
    keycloak) echo "$KEYCLOAK_PORT" ;;
    appointment-service) echo "$APPOINTMENT_SERVICE_PORT" ;;
    approval-service) echo "$APPROVAL_SERVICE_PORT" ;;
    e-license-service) echo "$E_LICENSE_SERVICE_PORT" ;;
    supervision-service) echo "$SUPERVISION_SERVICE_PORT" ;;
    notification-service) echo "$NOTIFICATION_SERVICE_PORT" ;;
    console) echo "$CONSOLE_PORT" ;;
    gateway) echo "$GATEWAY_PORT" ;;
    *) die "unknown component: $1" ;;
  esac
}
port_var_of() {
  case $1 in
    kafka) echo KAFKA_PORT ;; mongo) echo MONGODB_PORT ;; keycloak) echo KEYCLOAK_PORT ;;
    *) printf '%s_PORT\n' "$(printf '%s' "${1//-/_}" | tr '[:lower:]' '[:upper:]')" ;;
  esac
}
# The applications start seven at once (and train their archives seven at once): on 2 busy cores
# each gets 300 s from its launch.
timeout_of() { case $1 in keycloak) echo 300 ;; kafka | mongo) echo 90 ;; *) echo 300 ;; esac; }
pid_file() { echo "$PIDS/$1.pid"; }
log_file() { echo "$LOGS/$1.log"; }
# A string that only the command line of our own process of that component contains,
# so that a recycled pid is never taken for ours.
marker_of() {
  case $1 in
    keycloak) echo "$KC_HOME/bin" ;;
    *) echo "-Donewindow.local=$1@$ONEWINDOW_HOME" ;;
  esac
}

pid_of() { # the live pid of our process of component $1, or nothing
  local f pid args
  f=$(pid_file "$1")
  [[ -f $f ]] || return 0
  pid=$(tr -dc '0-9' <"$f")
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
  args=$(ps -ww -p "$pid" -o args= 2>/dev/null || true)
  [[ $args == *"$(marker_of "$1")"* ]] && echo "$pid"
  return 0
}

port_open() { # something accepts connections on HOST:$1
  if command -v timeout >/dev/null 2>&1; then
    timeout 3 bash -c "exec 3<>/dev/tcp/$HOST/$1" 2>/dev/null
  else
    (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null
  fi
}

http_get() { # prints "<status code> <body>" of GET $1 (code 000 when nothing answers)
  local url=$1
  if command -v curl >/dev/null 2>&1; then
    local out
    out=$(curl -s -m 5 -w '\n%{http_code}' "$url" 2>/dev/null || true)
    printf '%s %s' "${out##*$'\n'}" "${out%$'\n'*}"
  else # plain HTTP/1.0 over bash's /dev/tcp
    local rest=${url#http://} hostport path resp
    hostport=${rest%%/*}
    path=/${rest#*/}
    resp=$(timeout 5 bash -c "exec 3<>/dev/tcp/${hostport%:*}/${hostport#*:}; \
      printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' '$path' '$hostport' >&3; cat <&3" 2>/dev/null || true)
    local code
    code=$(printf '%s' "$resp" | head -n 1 | awk '{print $2}')
    printf '%s %s' "${code:-000}" "${resp#*$'\r\n\r\n'}"
  fi
}

health_of() { # UP, DOWN, STARTING or "HTTP <code>" for a running component
  local name=$1 port
  port=$(port_of "$name")
  case $name in
    mongo)
      port_open "$port" && echo UP || echo STARTING ;;
    kafka)
      if port_open "$port" && grep -q 'Kafka Server started' "$(log_file kafka)" 2>/dev/null; then
        echo UP
      else echo STARTING; fi ;;
    keycloak)
      local r
      r=$(http_get "http://$HOST:$port/realms/onewindow/.well-known/openid-configuration")
      case ${r%% *} in
        200) echo UP ;;
        000) echo STARTING ;;
        404) echo "DOWN (no realm onewindow)" ;;
        *) echo "HTTP ${r%% *}" ;;
      esac ;;
    *)
      local r code body status
      r=$(http_get "http://$HOST:$port/actuator/health")
      code=${r%% *}
      body=${r#* }
      status=$(printf '%s' "$body" | grep -o '"status":"[A-Z_]*"' | head -n 1 | cut -d'"' -f4 || true)
      if [[ $code == 000 ]]; then echo STARTING
      elif [[ -n $status ]]; then echo "$status"
      else echo "HTTP $code"; fi ;;
  esac
}

# Build -------------------------------------------------------------------------------
mvn() {
  (cd "$REPO" && ./mvnw -B -q -Dspotless.check.skip=true "$@")
}

app_jar() { # the runnable jar: <module>-<version>[-<classifier of spring-boot-maven-plugin>].jar
  local classifier
  classifier=$(sed -n '/<artifactId>spring-boot-maven-plugin</,/<\/plugin>/s|.*<classifier>\(.*\)</classifier>.*|\1|p' \
    "$REPO/$1/pom.xml" 2>/dev/null | head -n 1)
  echo "$REPO/$1/target/$1-$VERSION${classifier:+-$classifier}.jar"
}

stale() { # $1 = artifact, the rest = sources; true when missing or older than a main source
  local target=$1
  shift
  [[ -f $target ]] || return 0
  [[ -n $(find "$@" -type f -newer "$target" -not -path '*/target/*' -not -path '*/src/test/*' \
    -not -path '*/platform-test/*' -print -quit 2>/dev/null) ]]
}

build() {
  local rebuild=$1 infra_only=$2 modules=() app running=()
  # Never rewrite a jar that a running process reads from: those keep their build until a
  # stop and start (a warning says so).
  if [[ -n $(pid_of kafka)$(pid_of mongo) ]]; then
    if stale "$INFRA_JAR" "$INFRA_DIR/src" "$INFRA_DIR/pom.xml" "$REPO/pom.xml"; then running+=(local-infra); fi
  elif [[ $rebuild == true || ! -d $INFRA_DIR/target/lib ]] ||
    stale "$INFRA_JAR" "$INFRA_DIR/src" "$INFRA_DIR/pom.xml" "$REPO/pom.xml"; then
    modules+=(deploy/local-infra)
  fi
  if stale "$KC_EXTENSION_JAR" "$KC_EXTENSION_DIR/src" "$KC_EXTENSION_DIR/pom.xml" \
    "$REPO/platform/platform-core/src/main" "$REPO/pom.xml" || [[ $rebuild == true ]]; then
    if [[ -n $(pid_of keycloak) ]]; then running+=(keycloak-extension); else modules+=(deploy/keycloak-extension); fi
  fi
  if [[ $infra_only == false ]]; then
    for app in "${APPS[@]}"; do
      if [[ $rebuild == true ]] || stale "$(app_jar "$app")" "$REPO/$app/src" "$REPO/$app/pom.xml" \
        "$REPO/platform" "$REPO/pom.xml"; then
        if [[ -n $(pid_of "$app") ]]; then running+=("$app"); else modules+=("$app"); fi
      fi
    done
  fi
  if ((${#running[@]})); then
    warn "running with an older build (sources changed since): ${running[*]}; 'deploy/local.sh stop' and start again to pick up the changes"
  fi
  if ((${#modules[@]})); then
    local t0 list
    t0=$(now)
    list=$(IFS=,; echo "${modules[*]}")
    say "Building $list (./mvnw package without tests; the first build downloads dependencies)"
    if [[ $rebuild == true ]]; then # a clean build of the applications (not of the shared modules)
      mvn clean -pl "$list" || die "mvn clean failed (see the Maven output above)"
    fi
    # maven.test.skip: the run needs the application jars, not the test classes.
    mvn -Dmaven.test.skip=true package -pl "$list" -am || die "build failed (see the Maven output above)"
    # The jar plugin leaves an up-to-date jar untouched: mark what was just built as fresh.
    for app in "${modules[@]}"; do
      case $app in
        deploy/local-infra) touch "$INFRA_JAR" ;;
        deploy/keycloak-extension) touch "$KC_EXTENSION_JAR" ;;
        *) touch "$(app_jar "$app")" ;;
      esac
    done
    ok "built in $(($(now) - t0))s"
  else
    say "Build: nothing to build (--rebuild forces a build of what is not running)"
  fi
  if [[ ! -x $KEYCLOAK_DIST/bin/kc.sh && ! -f $KC_HOME/.onewindow-copy-complete ]]; then
    local t0
    t0=$(now)
    say "Unpacking Keycloak $KEYCLOAK_VERSION from Maven Central (platform/platform-test generate-resources)"
    mvn generate-resources -pl platform/platform-test || die "could not fetch Keycloak"
    [[ -x $KEYCLOAK_DIST/bin/kc.sh ]] || die "Keycloak not found at $(rel "$KEYCLOAK_DIST") after the build"
    ok "unpacked in $(($(now) - t0))s"
  fi
}

# Class-data sharing ------------------------------------------------------------------
# Each application runs from its jar extracted by Spring Boot's jar-mode tools (plain jars on the
# class path instead of nested ones) with a dynamic CDS archive of the classes it loads up to the
# end of its context refresh, made by a training run (-XX:ArchiveClassesAtExit with
# -Dspring.context.exit=onRefresh). Both live in $CDS_DIR/<name>/ and are made again when the
# stamp (jar size and time, the JVM, the JVM options) differs. The JVM ignores an archive that no
# longer matches its class path, so a stale one costs speed, never correctness.
file_stamp() { stat -c '%s %Y' "$1" 2>/dev/null || stat -f '%z %m' "$1"; }
cds_stamp() {
  local jar
  jar=$(app_jar "$1")
  printf 'jar %s %s\njava %s\nopts %s\n' "$jar" "$(file_stamp "$jar")" "$JAVA_RUNTIME" "$ONEWINDOW_APP_JAVA_OPTS"
}
cds_jar() { # the extracted application jar of $1, if any
  local f
  for f in "$CDS_DIR/$1/app"/*.jar; do [[ -f $f ]] && { echo "$f"; return 0; }; done
  return 0
}
cds_archive() { echo "$CDS_DIR/$1/$1.jsa"; }
cds_current() { # true when CDS is on and $1's extracted jar matches its built jar, JVM and options
  [[ $ONEWINDOW_CDS == true && -n $(cds_jar "$1") && -f $CDS_DIR/$1/stamp ]] &&
    [[ $(cat "$CDS_DIR/$1/stamp") == "$(cds_stamp "$1")" ]]
}

# prepare_cds NAME...: extracts the jars that are not current and makes the missing archives,
# the training runs in parallel (they need MongoDB and Kafka: the context's beans are created).
prepare_cds() {
  [[ $ONEWINDOW_CDS == true ]] || return 0
  local name dir jar t0 pids=() names=() i rc deadline train=() late made=()
  for name in "$@"; do # extract the jars that changed, in parallel
    dir=$CDS_DIR/$name
    jar=$(app_jar "$name")
    if [[ -f $jar ]] && ! cds_current "$name"; then
      rm -rf "$dir"
      mkdir -p "$dir"
      "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$dir/app" >"$dir/extract.log" 2>&1 &
      pids+=("$!")
      names+=("$name")
    fi
  done
  for i in "${!pids[@]}"; do
    name=${names[$i]}
    dir=$CDS_DIR/$name
    if wait "${pids[$i]}" && [[ -n $(cds_jar "$name") ]]; then
      cds_stamp "$name" >"$dir/stamp"
    else
      warn "could not extract $(rel "$(app_jar "$name")") (see $dir/extract.log); $name runs from its jar without CDS"
      rm -rf "$dir/app"
    fi
  done
  pids=()
  names=()
  for name in "$@"; do
    # no-archive: a training run of this very build failed; it is not tried again until a rebuild
    cds_current "$name" || continue
    [[ -f $(cds_archive "$name") || -f $CDS_DIR/$name/no-archive ]] || train+=("$name")
  done
  ((${#train[@]})) || return 0
  t0=$(now)
  say "Class-data sharing: training run of ${train[*]} (once per build; makes the next starts faster)"
  for name in "${train[@]}"; do
    dir=$CDS_DIR/$name
    app_env "$name"
    mkdir -p "$DATA/$name"
    rm -f "$dir/$name.jsa.tmp"
    # shellcheck disable=SC2086
    (cd "$DATA/$name" && exec env "${APP_ENV[@]}" "$JAVA" $ONEWINDOW_APP_JAVA_OPTS \
      "-XX:ArchiveClassesAtExit=$dir/$name.jsa.tmp" -Dspring.context.exit=onRefresh \
      -jar "$(cds_jar "$name")") >"$dir/training.log" 2>&1 </dev/null &
    pids+=("$!")
    names+=("$name")
  done
  # Twice an application's start-up timeout: on a loaded machine seven at once take long.
  deadline=$(($(now) + 2 * $(timeout_of "${train[0]}")))
  for i in "${!pids[@]}"; do
    name=${names[$i]}
    dir=$CDS_DIR/$name
    while kill -0 "${pids[$i]}" 2>/dev/null && (($(now) < deadline)); do sleep 0.5; done
    late=false
    if kill -0 "${pids[$i]}" 2>/dev/null; then
      late=true
      kill -KILL "${pids[$i]}" 2>/dev/null || true
    fi
    rc=0
    wait "${pids[$i]}" 2>/dev/null || rc=$?
    if [[ $rc == 0 && -s $dir/$name.jsa.tmp ]]; then
      mv -f "$dir/$name.jsa.tmp" "$(cds_archive "$name")"
      made+=("$name")
    elif [[ $late == true ]]; then
      rm -f "$dir/$name.jsa.tmp"
      warn "the training run of $name took too long (log $dir/training.log); it starts without a CDS archive this time, and the next start tries again"
    else
      rm -f "$dir/$name.jsa.tmp"
      touch "$dir/no-archive"
      warn "the training run of $name failed (exit $rc, log $dir/training.log); it starts without a CDS archive until its next build"
    fi
  done
  ((${#made[@]} == 0)) || ok "CDS archives of ${made[*]} made in $(($(now) - t0))s ($(rel "$CDS_DIR"))"
}

# Processes ---------------------------------------------------------------------------
# launch NAME WORKDIR ENV... -- COMMAND...: runs COMMAND detached, output to the log file.
launch() {
  local name=$1 dir=$2 log pid envs=()
  shift 2
  while [[ $1 != -- ]]; do envs+=("$1"); shift; done
  shift
  log=$(log_file "$name")
  [[ -f $log ]] && mv -f "$log" "$log.1"
  (cd "$dir" && exec env ${envs[@]+"${envs[@]}"} "${DETACH[@]}" "$@") >"$log" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$(pid_file "$name")"
  printf -v "LAUNCHED_${name//-/_}" '%s' "$(now)"
}

# true when $1 is already running (ours) or may be started; dies when its port is taken.
may_start() {
  local name=$1 pid port
  pid=$(pid_of "$name")
  port=$(port_of "$name")
  if [[ -n $pid ]]; then
    ok "$name already running (pid $pid, port $port)"
    return 1
  fi
  rm -f "$(pid_file "$name")"
  if port_open "$port"; then
    die "port $port ($name) is in use by a process this script did not start; stop it or set $(port_var_of "$name")"
  fi
  return 0
}

start_kafka() {
  may_start kafka || return 0
  port_open "$KAFKA_CONTROLLER_PORT" &&
    die "port $KAFKA_CONTROLLER_PORT (Kafka controller) is in use; set KAFKA_CONTROLLER_PORT"
  local dir=$DATA/kafka
  mkdir -p "$dir/logs"
  cat >"$dir/server.properties" <<EOF
# Written by deploy/local.sh at every start: one node, KRaft, broker and controller combined.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@$HOST:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://$HOST:$KAFKA_PORT,CONTROLLER://$HOST:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$HOST:$KAFKA_PORT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
log.dirs=$dir/logs
auto.create.topics.enable=true
num.partitions=3
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
log.retention.hours=168
EOF
  if [[ ! -f $dir/logs/meta.properties ]]; then
    [[ -s $dir/cluster.id ]] ||
      "$JAVA" -cp "$INFRA_CP" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1 >"$dir/cluster.id"
    local cid
    cid=$(tr -d '[:space:]' <"$dir/cluster.id")
    [[ -n $cid ]] || die "could not create a Kafka cluster id"
    say "Formatting Kafka storage (cluster id $cid, kept in $(rel "$dir")/cluster.id)"
    "$JAVA" -cp "$INFRA_CP" kafka.tools.StorageTool format -t "$cid" -c "$dir/server.properties" \
      >>"$(log_file kafka).format" 2>&1 || die "kafka storage format failed: $(tail -n 20 "$(log_file kafka).format")"
  fi
  # shellcheck disable=SC2086 # the JVM options are a word list
  launch kafka "$dir" -- "$JAVA" $ONEWINDOW_KAFKA_JAVA_OPTS "$(marker_of kafka)" \
    -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS \
    -cp "$INFRA_CP" kafka.Kafka "$dir/server.properties"
  say "Kafka (KRaft) starting on $HOST:$KAFKA_PORT, controller :$KAFKA_CONTROLLER_PORT   log: $(rel "$(log_file kafka)")"
}

start_mongo() {
  may_start mongo || return 0
  mkdir -p "$DATA/mongo"
  # shellcheck disable=SC2086
  launch mongo "$DATA/mongo" MONGODB_BIND="$HOST" -- "$JAVA" $ONEWINDOW_MONGO_JAVA_OPTS "$(marker_of mongo)" \
    -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS \
    -cp "$INFRA_CP" io.onewindow.localinfra.LocalMongoServer "$MONGODB_PORT" "$DATA/mongo/onewindow.mv"
  say "MongoDB (mongo-java-server, H2 file $(rel "$DATA/mongo/onewindow.mv")) starting on $HOST:$MONGODB_PORT   log: $(rel "$(log_file mongo)")"
}

prepare_keycloak_home() {
  if [[ ! -f $KC_HOME/.onewindow-copy-complete ]]; then
    say "Copying Keycloak $KEYCLOAK_VERSION to $(rel "$KC_HOME") (once; tests keep using the one in target/)"
    rm -rf "$KC_HOME"
    mkdir -p "$(dirname "$KC_HOME")"
    cp -R "$KEYCLOAK_DIST" "$KC_HOME"
    rm -rf "$KC_HOME/data"
    touch "$KC_HOME/.onewindow-copy-complete"
    say "Keycloak's first start builds its server (~45-90 s), later starts take ~15-25 s"
  fi
  # OneWindow's extension (the registration's validators and listener; the realm needs it). A
  # changed jar makes start-dev build the server again (~45 s) on this start.
  [[ -f $KC_EXTENSION_JAR ]] || die "$(rel "$KC_EXTENSION_JAR") missing: the build did not make it"
  mkdir -p "$KC_HOME/providers"
  cmp -s "$KC_EXTENSION_JAR" "$KC_HOME/providers/keycloak-extension.jar" ||
    cp -f "$KC_EXTENSION_JAR" "$KC_HOME/providers/keycloak-extension.jar"
  # Keycloak keeps its H2 database, import folder and temp files in <home>/data: put them
  # with the rest of the local data so that "reset" wipes them too.
  mkdir -p "$DATA/keycloak/import"
  if [[ ! -L $KC_HOME/data ]]; then
    rm -rf "$KC_HOME/data"
    ln -s "$DATA/keycloak" "$KC_HOME/data"
  fi
}

# The build-time options of the local Keycloak (kc.sh build): the dev-file H2 database, as start-dev.
KC_BUILD_OPTS=(--db=dev-file)
# What the server build in KC_HOME was made for; it is built again when this differs.
kc_build_stamp() {
  printf 'keycloak %s\noptions %s\nextension %s\njava %s\n' "$KEYCLOAK_VERSION" "${KC_BUILD_OPTS[*]}" \
    "$(cksum <"$KC_HOME/providers/keycloak-extension.jar")" "$JAVA_RUNTIME"
}
# Runs kc.sh (in $0, the bin directory) with the arguments given; first builds the server when
# ONEWINDOW_KC_BUILD_STAMP is set, and records it in .onewindow-build once the build succeeded. Run
# by bash -c, so that the build is part of Keycloak's start and overlaps the applications' start.
# shellcheck disable=SC2016 # expanded by that bash, not this one
KC_RUN='set -e
if [ -n "$ONEWINDOW_KC_BUILD_STAMP" ]; then # always set, maybe empty
  echo "[local.sh] building the Keycloak server (kc.sh build $ONEWINDOW_KC_BUILD_OPTS)"
  rm -f "$0/../.onewindow-build"
  "$0/kc.sh" build $ONEWINDOW_KC_BUILD_OPTS
  printf "%s" "$ONEWINDOW_KC_BUILD_STAMP" >"$0/../.onewindow-build"
fi
exec "$0/kc.sh" "$@"'

start_keycloak() {
  may_start keycloak || return 0
  [[ -f $REALM_FILE ]] || die "realm file $(rel "$REALM_FILE") not found (set ONEWINDOW_REALM_FILE)"
  [[ $ONEWINDOW_KEYCLOAK_MODE == optimized || $ONEWINDOW_KEYCLOAK_MODE == dev ]] ||
    die "ONEWINDOW_KEYCLOAK_MODE is optimized or dev, not $ONEWINDOW_KEYCLOAK_MODE"
  prepare_keycloak_home
  # The realm is imported once: imported-realm.json is written when Keycloak first answered with
  # it (wait_healthy), and from then on Keycloak starts without --import-realm, which would only
  # read the file to find that the realm exists.
  local import=()
  if [[ -f $DATA/keycloak/imported-realm.json && -d $DATA/keycloak/h2 ]]; then
    rm -f "$DATA/keycloak/import/onewindow-realm.json"
    cmp -s "$REALM_FILE" "$DATA/keycloak/imported-realm.json" ||
      warn "$(rel "$REALM_FILE") changed since the realm was imported; Keycloak does not import an existing realm again: 'deploy/local.sh reset' wipes the local data and imports it afresh"
  else
    rm -f "$DATA/keycloak/imported-realm.json"
    cp -f "$REALM_FILE" "$DATA/keycloak/import/onewindow-realm.json"
    import=(--import-realm)
  fi
  # The authoritative identity service of the registration listener (docs/identity-service.md): none by default.
  local identity=()
  if [[ -n ${ONEWINDOW_IDENTITY_SERVICE_URL:-} ]]; then
    identity=("--spi-events-listener--onewindow-registration--identity-service-url=$ONEWINDOW_IDENTITY_SERVICE_URL")
  fi
  local run build="" how
  if [[ $ONEWINDOW_KEYCLOAK_MODE == dev ]]; then
    # start-dev builds the server for the dev profile: a later optimized start must build it again.
    rm -f "$KC_HOME/.onewindow-build"
    run=(start-dev --db=dev-file)
    how="start-dev"
  else
    # start-dev's defaults that a production-mode start lacks: plain HTTP, a local (not clustered) cache
    run=(start --optimized --http-enabled=true --cache=local)
    how="optimized server"
    if [[ $(cat "$KC_HOME/.onewindow-build" 2>/dev/null) != "$(kc_build_stamp)" ]]; then
      build=$(kc_build_stamp)
      how="$how, building it first (kc.sh build, ~30-90 s; once per Keycloak version or extension jar)"
    fi
  fi
  launch keycloak "$KC_HOME" \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    ONEWINDOW_KC_BUILD_STAMP="$build" ONEWINDOW_KC_BUILD_OPTS="${KC_BUILD_OPTS[*]}" \
    JAVA_OPTS_KC_HEAP="$ONEWINDOW_KEYCLOAK_HEAP" JAVA_OPTS_APPEND="$ONEWINDOW_KEYCLOAK_JAVA_OPTS -Donewindow.local=keycloak@$ONEWINDOW_HOME" \
    -- bash -c "$KC_RUN" "$KC_HOME/bin" "${run[@]}" --http-host="$HOST" --http-port="$KEYCLOAK_PORT" \
    --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" --hostname="http://$HOST:$KEYCLOAK_PORT" ${import[@]+"${import[@]}"} \
    ${identity[@]+"${identity[@]}"}
  say "Keycloak ($how) starting on http://$HOST:$KEYCLOAK_PORT (management :$KEYCLOAK_MANAGEMENT_PORT)   log: $(rel "$(log_file keycloak)")"
}

# app_env NAME: sets APP_ENV to the environment application NAME runs with.
app_env() {
  local name=$1 envs
  envs=(
    "$(port_var_of "$name")=$(port_of "$name")"
    SERVER_ADDRESS="$HOST"
    MONGODB_URI="mongodb://$HOST:$MONGODB_PORT"
    KAFKA_BOOTSTRAP_SERVERS="$HOST:$KAFKA_PORT"
    KEYCLOAK_ISSUER_URI="$KEYCLOAK_ISSUER_URI"
    # The local demo run: the services may start on the public demo secrets (docs/security.md);
    # without this profile they refuse to.
    SPRING_PROFILES_ACTIVE=local
  )
  if [[ $name == console ]]; then
    # the console calls the services through the gateway, as the signed-in user
    envs+=(GATEWAY_URL="http://$HOST:$GATEWAY_PORT")
  fi
  if [[ $name != gateway && $name != console ]]; then
    # Next year's official holiday arrangement, once published, goes here as <yyyy>.csv
    # (see deploy/README.md "Next year's working-day calendar"); picked up without a restart.
    mkdir -p "$DATA/calendar"
    envs+=(ONEWINDOW_CALENDAR_DIRECTORY="${ONEWINDOW_CALENDAR_DIRECTORY:-$DATA/calendar}")
  fi
  if [[ $name == gateway ]]; then
    envs+=(
      APPOINTMENT_SERVICE_URI="http://$HOST:$APPOINTMENT_SERVICE_PORT"
      APPROVAL_SERVICE_URI="http://$HOST:$APPROVAL_SERVICE_PORT"
      E_LICENSE_SERVICE_URI="http://$HOST:$E_LICENSE_SERVICE_PORT"
      SUPERVISION_SERVICE_URI="http://$HOST:$SUPERVISION_SERVICE_PORT"
      NOTIFICATION_SERVICE_URI="http://$HOST:$NOTIFICATION_SERVICE_PORT"
      CONSOLE_URI="http://$HOST:$CONSOLE_PORT"
    )
  fi
  APP_ENV=("${envs[@]}")
}

start_app() {
  local name=$1 jar port run how=""
  jar=$(app_jar "$name")
  port=$(port_of "$name")
  may_start "$name" || return 0
  [[ -f $jar ]] || die "$(rel "$jar") is missing (run with --rebuild)"
  run=(-jar "$jar")
  if cds_current "$name"; then
    run=(-jar "$(cds_jar "$name")")
    how=" (extracted jar"
    if [[ -f $(cds_archive "$name") ]]; then
      run=("-XX:SharedArchiveFile=$(cds_archive "$name")" "${run[@]}")
      how="$how, CDS archive"
    fi
    how="$how)"
  fi
  app_env "$name"
  mkdir -p "$DATA/$name"
  # shellcheck disable=SC2086
  launch "$name" "$DATA/$name" "${APP_ENV[@]}" -- "$JAVA" $ONEWINDOW_APP_JAVA_OPTS "$(marker_of "$name")" "${run[@]}"
  say "$name starting on http://$HOST:$port$how   log: $(rel "$(log_file "$name")")"
}

# cpu_of PID: CPU seconds the process and its children used so far (Linux /proc; nothing elsewhere).
# Keycloak's pid is kc.sh, whose Java (and the one of a server build) are its children. On a shared
# machine this says more about the start-up's cost than the seconds on the clock.
CLK_TCK=$(getconf CLK_TCK 2>/dev/null || echo 100)
cpu_of() {
  local pid=$1 child ticks=0 f
  [[ -r /proc/$pid/stat ]] || return 0
  for f in "/proc/$pid/stat" $(for child in $(cat "/proc/$pid/task/"*/children 2>/dev/null); do echo "/proc/$child/stat"; done); do
    # fields after the command: utime stime cutime cstime are 14-17 of the whole line
    ticks=$((ticks + $(sed 's/.*) //' "$f" 2>/dev/null | awk '{print $12 + $13 + $14 + $15}' || echo 0)))
  done
  printf '%d.%d' $((ticks / CLK_TCK)) $((ticks * 10 / CLK_TCK % 10))
}

# wait_healthy NAME...: waits until each is UP, all at once; prints each one's start-up time
# (from its launch, or from now for one that already ran) as it comes up. On a failure prints the
# log tail and exits.
wait_healthy() {
  local pending=("$@") next name pid health t0 last var took spring cpu
  t0=$(now)
  last=$t0
  while ((${#pending[@]})); do
    next=()
    for name in "${pending[@]}"; do
      var=LAUNCHED_${name//-/_}
      pid=$(pid_of "$name")
      if [[ -z $pid ]]; then
        printf '%s--- last lines of %s ---%s\n' "$B" "$(rel "$(log_file "$name")")" "$N" >&2
        tail -n 40 "$(log_file "$name")" >&2 || true
        die "$name exited during start-up (log above; what runs keeps running: deploy/local.sh stop; a broken jar: start --rebuild)"
      fi
      health=$(health_of "$name")
      took=$(($(now) - ${!var:-$t0}))
      if [[ $health == UP ]]; then
        if [[ $name == keycloak && ! -f $DATA/keycloak/imported-realm.json ]]; then
          cp -f "$REALM_FILE" "$DATA/keycloak/imported-realm.json" # the realm exists: no import next time
        fi
        spring=$(grep -o 'Started [A-Za-z0-9]* in [0-9.]* seconds' "$(log_file "$name")" 2>/dev/null | tail -n 1 |
          sed 's/.* in \([0-9.]*\) seconds/\1/' || true)
        cpu=$(cpu_of "$pid")
        ok "$name is UP in ${took}s (pid $pid, port $(port_of "$name")${cpu:+, ${cpu} CPU-s}${spring:+; Spring: started in ${spring}s})"
        STARTUP_TIMES="$STARTUP_TIMES $name ${took}s${cpu:+ (${cpu} CPU-s)},"
        continue
      fi
      if ((took >= $(timeout_of "$name"))); then
        printf '%s--- last lines of %s ---%s\n' "$B" "$(rel "$(log_file "$name")")" "$N" >&2
        tail -n 40 "$(log_file "$name")" >&2 || true
        die "$name not healthy after $(timeout_of "$name")s (last answer: $health; log above; it keeps running: deploy/local.sh stop)"
      fi
      next+=("$name")
    done
    pending=(${next[@]+"${next[@]}"})
    if ((${#pending[@]})); then
      if (($(now) - last >= 15)); then
        last=$(now)
        printf '    ... waiting for %s (%ss)\n' "${pending[*]}" "$((last - t0))"
      fi
      sleep 0.5
    fi
  done
}

summary() {
  cat <<EOF

${B}OneWindow is running${N} (data: $(rel "$DATA"), logs: $(rel "$LOGS")/<name>.log)

  Gateway          http://$HOST:$GATEWAY_PORT
  Swagger UI       http://$HOST:$GATEWAY_PORT/swagger-ui.html  (every service's API, through the gateway)
  Staff console    http://$HOST:$GATEWAY_PORT/console/  (officer1, approver1, inspector1, catalogadmin1 …)
  Queue board      http://$HOST:$GATEWAY_PORT/board/hall-business-registration  (a hall's display, no login)
  Keycloak admin   http://$HOST:$KEYCLOAK_PORT/admin/  (admin / admin)
  Kafka            $HOST:$KAFKA_PORT      MongoDB  mongodb://$HOST:$MONGODB_PORT

  Demo users (realm onewindow, password "demo"):
    citizen1 citizen2 citizen3 enterprise1 agent1 officer1 officer2 approver1 deptadmin1 catalogadmin1 inspector1 evaluator1 volunteer1 admin1 admin2

  Try it:
    TOKEN=\$(curl -s -d client_id=onewindow-cli -d grant_type=password -d username=citizen1 -d password=demo \\
      $KEYCLOAK_ISSUER_URI/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
    curl -s -H "Authorization: Bearer \$TOKEN" http://$HOST:$GATEWAY_PORT/api/appointments/me

  deploy/local.sh status | stop | logs <name>
EOF
}

cmd_start() {
  local rebuild=false infra_only=false arg t0
  for arg in "$@"; do
    case $arg in
      --rebuild) rebuild=true ;;
      --infra-only) infra_only=true ;;
      *) die "unknown option for start: $arg" ;;
    esac
  done
  t0=$(now)
  STARTUP_TIMES=""
  check_java
  mkdir -p "$DATA" "$LOGS" "$PIDS"
  build "$rebuild" "$infra_only"
  local t_build=$(($(now) - t0))

  say "Starting the infrastructure (state in $(rel "$ONEWINDOW_HOME"))"
  start_kafka
  start_mongo
  start_keycloak
  if [[ $infra_only == true ]]; then
    wait_healthy kafka mongo keycloak
    say "Infrastructure is up in $(($(now) - t0))s (--infra-only: services not started)"
    return 0
  fi
  # The applications need MongoDB and Kafka to start; Keycloak only once a token is checked (the
  # issuer's keys are fetched on the first one), so they start while Keycloak is still starting.
  wait_healthy kafka mongo

  local app to_start=()
  for app in "${APPS[@]}"; do [[ -n $(pid_of "$app") ]] || to_start+=("$app"); done
  ((${#to_start[@]} == 0)) || prepare_cds "${to_start[@]}"
  say "Starting the services, the console and the gateway"
  for app in "${APPS[@]}"; do start_app "$app"; done
  wait_healthy keycloak "${APPS[@]}"
  say "All up in $(($(now) - t0))s (build ${t_build}s; start-up:${STARTUP_TIMES%,})"
  summary
}

# stop_group NAME...: TERM to each, then wait; KILL whatever outlives the grace period.
stop_group() {
  local name pid pids=() names=() i deadline grace=40
  for name in "$@"; do
    pid=$(pid_of "$name")
    if [[ -z $pid ]]; then
      rm -f "$(pid_file "$name")"
      continue
    fi
    say "Stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    pids+=("$pid")
    names+=("$name")
  done
  ((${#pids[@]})) || return 0
  deadline=$(($(now) + grace))
  for i in "${!pids[@]}"; do
    while kill -0 "${pids[$i]}" 2>/dev/null && (($(now) < deadline)); do sleep 0.5; done
    if kill -0 "${pids[$i]}" 2>/dev/null; then
      warn "${names[$i]} did not stop within ${grace}s: killing it"
      kill -KILL -- "-${pids[$i]}" 2>/dev/null || kill -KILL "${pids[$i]}" 2>/dev/null || true
    else
      ok "${names[$i]} stopped"
    fi
    rm -f "$(pid_file "${names[$i]}")"
  done
}

cmd_stop() {
  local t0 any=false name
  t0=$(now)
  for name in "${ALL[@]}"; do [[ -n $(pid_of "$name") ]] && any=true; done
  if [[ $any == false ]]; then
    rm -f "$PIDS"/*.pid 2>/dev/null || true
    say "Nothing is running"
    return 0
  fi
  stop_group gateway
  stop_group console "${SERVICES[@]}"
  stop_group keycloak mongo
  stop_group kafka
  say "Stopped in $(($(now) - t0))s"
}

cmd_status() {
  local name pid port health all_up=0
  printf '%-21s %-8s %-6s %-30s %s\n' COMPONENT PID PORT HEALTH LOG
  for name in "${ALL[@]}"; do
    pid=$(pid_of "$name")
    port=$(port_of "$name")
    if [[ -n $pid ]]; then
      health=$(health_of "$name")
    elif port_open "$port"; then
      health="port taken by another process"
      pid=-
    else
      health=stopped
      pid=-
    fi
    [[ $health == UP ]] || all_up=3
    printf '%-21s %-8s %-6s %-30s %s\n' "$name" "$pid" "$port" "$health" "$(rel "$(log_file "$name")")"
  done
  return $all_up
}

cmd_logs() {
  if (($# == 0)); then
    ls -l "$LOGS" 2>/dev/null || say "no logs yet in $(rel "$LOGS")"
  else
    port_of "$1" >/dev/null
    exec tail -n 100 -F "$(log_file "$1")"
  fi
}

cmd_reset() {
  local yes=false name
  [[ ${1:-} == -y || ${1:-} == --yes ]] && yes=true
  if [[ $yes == false && -t 0 ]]; then
    read -r -p "Stop everything and delete $(rel "$DATA") and $(rel "$LOGS") (Kafka topics, MongoDB data, Keycloak users and realm)? [y/N] " answer
    [[ $answer == [yY]* ]] || die "nothing deleted"
  elif [[ $yes == false ]]; then
    die "reset deletes all local data: run it with -y"
  fi
  cmd_stop
  for name in "${ALL[@]}"; do [[ -z $(pid_of "$name") ]] || die "$name still runs; not deleting"; done
  rm -rf "$DATA" "$LOGS"
  say "Deleted $(rel "$DATA") and $(rel "$LOGS"); the next start imports the realm afresh"
}

usage() {
  cat <<EOF
Usage: deploy/local.sh COMMAND
  start [--rebuild] [--infra-only]  build what is missing (--rebuild: clean build of what is not running),
                                    start everything, wait until healthy
  stop                              stop everything this script started (newest first)
  status                            pid, port and health of each component (exit 3 unless all UP)
  logs [NAME]                       list the logs, or follow one (e.g. logs gateway)
  reset [-y]                        stop and delete all local data and logs (re-imports the realm)
State: ${ONEWINDOW_HOME} (ONEWINDOW_HOME). Components: ${ALL[*]}
EOF
}

case ${1:-} in
  start) shift; cmd_start "$@" ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  logs) shift; cmd_logs "$@" ;;
  reset) shift; cmd_reset "$@" ;;
  -h | --help | help) usage ;;
  *) usage >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Builds the container images of the six OneWindow applications (gateway, four services, console) with deploy/docker/Dockerfile,
# and Keycloak with OneWindow's extension (deploy/docker/keycloak.Dockerfile).
#
#   deploy/docker/build-images.sh [--skip-maven] [--push] [--dry-run]
#
# Environment: REGISTRY (default `onewindow`, e.g. `registry.district.gov.cn/onewindow`),
# TAG (default: the Maven project version). Needs a Docker engine with BuildKit (Docker 23+);
# --dry-run only prints the commands (what CI without an engine can check).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
REGISTRY="${REGISTRY:-onewindow}"
SKIP_MAVEN=false
PUSH=false
DRY_RUN=false
for arg in "$@"; do
  case "$arg" in
    --skip-maven) SKIP_MAVEN=true ;;
    --push) PUSH=true ;;
    --dry-run) DRY_RUN=true ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

# module:port — the port each application listens on by default (its application.yml).
APPLICATIONS=(
  gateway:8080
  appointment-service:8081
  approval-service:8082
  e-license-service:8083
  supervision-service:8084
  notification-service:8085
  console:8090
)

run() {
  echo "+ $*"
  if [ "$DRY_RUN" = false ]; then "$@"; fi
}

if [ -z "${TAG:-}" ]; then
  TAG="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$ROOT/pom.xml" | head -n 1)"
fi

if [ "$SKIP_MAVEN" = false ]; then
  modules="$(printf '%s,' "${APPLICATIONS[@]%%:*}" deploy/keycloak-extension)"
  run "$ROOT/mvnw" -B -q -f "$ROOT/pom.xml" -DskipTests package -pl "${modules%,}" -am
fi

for entry in "${APPLICATIONS[@]}"; do
  module="${entry%%:*}"
  port="${entry##*:}"
  image="$REGISTRY/$module:$TAG"
  run docker build -f "$ROOT/deploy/docker/Dockerfile" \
    --build-arg "MODULE=$module" --build-arg "PORT=$port" --build-arg "VERSION=$TAG" \
    -t "$image" "$ROOT"
  if [ "$PUSH" = true ]; then run docker push "$image"; fi
done

# Keycloak with OneWindow's extension (deploy/docker/keycloak.Dockerfile).
image="$REGISTRY/keycloak:$TAG"
run docker build -f "$ROOT/deploy/docker/keycloak.Dockerfile" -t "$image" "$ROOT"
if [ "$PUSH" = true ]; then run docker push "$image"; fi

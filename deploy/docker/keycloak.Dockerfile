# syntax=docker/dockerfile:1
#
# Keycloak for OneWindow: the pinned Keycloak image with OneWindow's extension (deploy/keycloak-extension: the
# registration's validators and event listener, which the realm's user profile names) in /opt/keycloak/providers,
# and the server built once for PostgreSQL with health and metrics, so it starts without a build.
#
# Build from the repository root after `./mvnw -B package -DskipTests -pl deploy/keycloak-extension -am` (or use
# deploy/docker/build-images.sh, which does both):
#
#   docker build -f deploy/docker/keycloak.Dockerfile -t onewindow/keycloak:0.1.0 .
#
# keycloak.Dockerfile.dockerignore beside this file keeps the build context to the extension's jar.

# --- stage 1: the server with the extension, built (Quarkus augmentation) for the production options
FROM quay.io/keycloak/keycloak:26.5.6 AS builder
ENV KC_DB=postgres \
    KC_HEALTH_ENABLED=true \
    KC_METRICS_ENABLED=true
COPY deploy/keycloak-extension/target/keycloak-extension-*.jar /opt/keycloak/providers/keycloak-extension.jar
RUN /opt/keycloak/bin/kc.sh build

# --- stage 2: the runtime image (Keycloak's own user 1000, its own entrypoint)
FROM quay.io/keycloak/keycloak:26.5.6
ENV KC_DB=postgres \
    KC_HEALTH_ENABLED=true \
    KC_METRICS_ENABLED=true
COPY --from=builder /opt/keycloak/ /opt/keycloak/
USER 1000
ENTRYPOINT ["/opt/keycloak/bin/kc.sh"]

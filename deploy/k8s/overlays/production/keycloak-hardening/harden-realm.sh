#!/bin/bash
# Creates realm onewindow from deploy/keycloak/onewindow-realm.json if it is missing, then makes
# it fit for production. Run by the Job in job.yaml with Keycloak's own kcadm.sh; every step can
# run again (the Job is re-run after each change of these files).
#
#  1. the realm is created disabled, so nobody can log in before it is hardened;
#  2. realm-settings.json: TLS required for external clients, brute-force protection, password policy;
#  3. client-<clientId>.json: onewindow-cli without direct access grants (and disabled), the
#     portal and WeChat clients with the production redirect URIs;
#  4. the confidential clients get their secrets from Secret keycloak-client-secrets;
#  5. the demo users (demo-users.txt) are deleted;
#  6. the realm is enabled.
set -euo pipefail

KCADM=/opt/keycloak/bin/kcadm.sh
CONFIG=/tmp/kcadm.config
REALM=onewindow
kc() { "$KCADM" "$@" --config "$CONFIG"; }

for attempt in $(seq 1 60); do
  if kc config credentials --server "$KEYCLOAK_URL" --realm master \
      --user "$KEYCLOAK_ADMIN_USERNAME" --password "$KEYCLOAK_ADMIN_PASSWORD" 2>/dev/null; then
    break
  fi
  [ "$attempt" -lt 60 ] || { echo "Keycloak at $KEYCLOAK_URL did not answer" >&2; exit 1; }
  sleep 5
done

if ! kc get "realms/$REALM" >/dev/null 2>&1; then
  kc create realms -f /realm/onewindow-realm.json -s enabled=false
  echo "realm $REALM created (disabled)"
fi

kc update "realms/$REALM" -f /hardening/realm-settings.json
echo "realm settings applied"

client_uuid() {
  kc get clients -r "$REALM" -q "clientId=$1" --fields id --format csv --noquotes
}

for file in /hardening/client-*.json; do
  client_id="$(basename "$file" .json)"
  client_id="${client_id#client-}"
  id="$(client_uuid "$client_id")"
  [ -n "$id" ] || { echo "client $client_id not found in realm $REALM" >&2; exit 1; }
  kc update "clients/$id" -r "$REALM" -f "$file"
  echo "client $client_id updated from $(basename "$file")"
done

for secret_file in /client-secrets/*; do
  client_id="$(basename "$secret_file")"
  id="$(client_uuid "$client_id")"
  [ -n "$id" ] || { echo "client $client_id not found in realm $REALM" >&2; exit 1; }
  kc update "clients/$id" -r "$REALM" -s "secret=$(cat "$secret_file")"
  echo "client $client_id secret set"
done

while read -r username; do
  case "$username" in ''|'#'*) continue ;; esac
  id="$(kc get users -r "$REALM" -q "username=$username" -q exact=true --fields id --format csv --noquotes)"
  if [ -n "$id" ]; then
    kc delete "users/$id" -r "$REALM"
    echo "demo user $username deleted"
  fi
done < /hardening/demo-users.txt

kc update "realms/$REALM" -s enabled=true
echo "realm $REALM hardened and enabled"

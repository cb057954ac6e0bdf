#!/bin/bash
# Creates realm onewindow from deploy/keycloak/onewindow-realm.json if it is missing, then makes
# it fit for production. Run by the Job in job.yaml with Keycloak's own kcadm.sh; every step can
# run again (the Job is re-run after each change of these files).
#
#  1. the realm is created disabled, so nobody can log in before it is hardened;
#  2. realm-settings.json: TLS required for external clients, brute-force protection, password
#     policy, the TOTP policy;
#  3. client-<clientId>.json: onewindow-cli without direct access grants (and disabled), admin-cli
#     of this realm without direct access grants, the portal and console clients with the
#     production redirect URIs, the WeChat client with PKCE and without direct access grants;
#     the WeChat backend's redirect URIs, web origins and post-logout URIs from the deployment's
#     settings (ConfigMap keycloak-client-settings: WECHAT_REDIRECT_URIS, WECHAT_WEB_ORIGINS,
#     WECHAT_POST_LOGOUT_REDIRECT_URIS, comma-separated, https only);
#  4. every confidential client gets its secret from Secret keycloak-client-secrets (the Job mounts
#     one key per client, so a missing key stops the Job; a value that says "demo" stops it here);
#  5. staff-otp-roles.txt: the browser flow `onewindow-browser` (a copy of `browser`) asks every
#     holder of those roles for a one-time password, CONFIGURE_TOTP on their first login;
#  6. the demo users (demo-users.txt) are deleted;
#  7. the realm is enabled.
#
# Keycloak is reached over its own HTTPS inside the cluster; kcadm trusts the CA of its certificate.
set -euo pipefail

KCADM=/opt/keycloak/bin/kcadm.sh
CONFIG=/tmp/kcadm.config
REALM=onewindow
kc() { "$KCADM" "$@" --config "$CONFIG"; }

# kcadm's trust store: the CA of Keycloak's certificate (ca.crt of keycloak-internal-tls).
STOREPASS="$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"; export STOREPASS
keytool -importcert -noprompt -alias keycloak-ca -file /tls/ca.crt \
  -keystore /tmp/truststore.p12 -storetype PKCS12 -storepass:env STOREPASS
kc config truststore --trustpass "$STOREPASS" /tmp/truststore.p12

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

# --- the WeChat mini-app backend's addresses: deployment settings, https only ------------------
# Keycloak resolves ${ENV} placeholders only when the server itself imports a realm file
# (--import-realm, kc.sh import), not through the admin API this Job uses, and a placeholder is one
# string where these are lists: so the Job writes them from its environment.
json_list() {
  local list="" item
  local IFS=','
  for item in $1; do
    item="$(printf '%s' "$item" | tr -d '[:space:]')"
    [ -n "$item" ] || continue
    case "$item" in
      https://*) ;;
      *) echo "client onewindow-wechat: $item is not an https address (ConfigMap keycloak-client-settings)" >&2; return 1 ;;
    esac
    case "$item" in
      *'"'* | *'\'* | *'#'*) echo "client onewindow-wechat: $item has a quote, backslash or #" >&2; return 1 ;;
    esac
    list="$list${list:+,}\"$item\""
  done
  [ -n "$list" ] || { echo "client onewindow-wechat: a setting of ConfigMap keycloak-client-settings is empty" >&2; return 1; }
  printf '[%s]' "$list"
}
: "${WECHAT_REDIRECT_URIS:?ConfigMap keycloak-client-settings has no WECHAT_REDIRECT_URIS}"
: "${WECHAT_WEB_ORIGINS:?ConfigMap keycloak-client-settings has no WECHAT_WEB_ORIGINS}"
: "${WECHAT_POST_LOGOUT_REDIRECT_URIS:?ConfigMap keycloak-client-settings has no WECHAT_POST_LOGOUT_REDIRECT_URIS}"
redirects="$(json_list "$WECHAT_REDIRECT_URIS")"
origins="$(json_list "$WECHAT_WEB_ORIGINS")"
logouts="$(json_list "$WECHAT_POST_LOGOUT_REDIRECT_URIS" | tr -d '[]"' | sed 's/,/##/g')"
printf '{"redirectUris":%s,"webOrigins":%s,"attributes":{"post.logout.redirect.uris":"%s"}}' \
  "$redirects" "$origins" "$logouts" > /tmp/onewindow-wechat-addresses.json
kc update "clients/$(client_uuid onewindow-wechat)" -r "$REALM" -f /tmp/onewindow-wechat-addresses.json
echo "client onewindow-wechat: redirect URIs $redirects, web origins $origins"

for secret_file in /client-secrets/*; do
  client_id="$(basename "$secret_file")"
  id="$(client_uuid "$client_id")"
  [ -n "$id" ] || { echo "client $client_id not found in realm $REALM" >&2; exit 1; }
  secret="$(cat "$secret_file")"
  if [ "${#secret}" -lt 32 ] || printf '%s' "$secret" | grep -qi demo; then
    echo "client $client_id: the secret in keycloak-client-secrets is a demo value or shorter than 32 characters" >&2
    exit 1
  fi
  kc update "clients/$id" -r "$REALM" -s "secret=$secret"
  echo "client $client_id secret set"
done

# --- a second factor for staff: one conditional step per role of staff-otp-roles.txt ----------
FLOW=onewindow-browser
enc() { printf '%s' "$1" | sed 's/ /%20/g'; }
executions() { kc get "authentication/flows/$(enc "$1")/executions" -r "$REALM" --fields id,displayName,providerId --format csv --noquotes; }
# The id of the execution (or subflow, by its alias) in a flow, from kcadm's CSV rows id,displayName,providerId.
step_id() { executions "$1" | grep -E "^[^,]*,$2(,|\$)" | cut -d, -f1; }
require() { kc update "authentication/flows/$(enc "$1")/executions" -r "$REALM" -b "{\"id\":\"$2\",\"requirement\":\"$3\"}"; }

kc update authentication/required-actions/CONFIGURE_TOTP -r "$REALM" -s enabled=true
if ! kc get authentication/flows -r "$REALM" --fields alias --format csv --noquotes | grep -qx "$FLOW"; then
  kc create authentication/flows/browser/copy -r "$REALM" -s "newName=$FLOW"
  echo "flow $FLOW copied from browser"
fi
FORMS="$FLOW forms"
OPTIONAL_OTP="$FLOW Browser - Conditional OTP"
while read -r role; do
  case "$role" in ''|'#'*) continue ;; esac
  kc get "roles/$role" -r "$REALM" >/dev/null || { echo "staff role $role not found in realm $REALM" >&2; exit 1; }
  step="$FLOW staff OTP $role"
  if [ -z "$(step_id "$FORMS" "$step")" ]; then
    kc create "authentication/flows/$(enc "$FORMS")/executions/flow" -r "$REALM" \
      -s "alias=$step" -s type=basic-flow -s "description=OTP for holders of $role"
    kc create "authentication/flows/$(enc "$step")/executions/execution" -r "$REALM" -s provider=conditional-user-role
    kc create "authentication/flows/$(enc "$step")/executions/execution" -r "$REALM" -s provider=auth-otp-form
    condition="$(executions "$step" | grep ',conditional-user-role$' | cut -d, -f1)"
    kc create "authentication/executions/$condition/config" -r "$REALM" \
      -s "alias=$FLOW holds $role" -s "config.condUserRole=$role" -s config.negate=false
    require "$step" "$condition" REQUIRED
    require "$step" "$(executions "$step" | grep ',auth-otp-form$' | cut -d, -f1)" REQUIRED
    require "$FORMS" "$(step_id "$FORMS" "$step")" CONDITIONAL
    # The optional OTP step (users who set one up themselves) skips staff, so they are asked once.
    kc create "authentication/flows/$(enc "$OPTIONAL_OTP")/executions/execution" -r "$REALM" -s provider=conditional-user-role
    negated="$(executions "$OPTIONAL_OTP" | grep ',conditional-user-role$' | cut -d, -f1 | tail -1)"
    kc create "authentication/executions/$negated/config" -r "$REALM" \
      -s "alias=$FLOW does not hold $role" -s "config.condUserRole=$role" -s config.negate=true
    require "$OPTIONAL_OTP" "$negated" REQUIRED
    echo "flow $FLOW asks holders of $role for a one-time password"
  fi
done < /hardening/staff-otp-roles.txt
kc update "realms/$REALM" -s "browserFlow=$FLOW"
echo "realm $REALM logs in through $FLOW"

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

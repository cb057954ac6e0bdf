package io.onewindow.appointment.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How appointment-service changes a person's real-name level in the Keycloak realm when a window
 * officer confirms the person ({@code onewindow.appointment.identity-confirmer.*}): as the
 * confidential client {@code onewindow-identity-confirmer} (client credentials; its service account
 * holds realm-management's {@code view-users} and {@code manage-users} only) through Keycloak's
 * admin REST API.
 *
 * @param clientId the Keycloak client
 * @param clientSecret its secret (env {@code ONEWINDOW_APPOINTMENT_IDENTITY_CONFIRMER_CLIENT_SECRET});
 *     the default is the realm's demo secret, accepted only in the local run
 *     ({@code onewindow.secrets.required})
 * @param tokenUri Keycloak's token endpoint; empty: the one of the issuer the service accepts
 *     tokens from. Set it where the public issuer address cannot be reached from inside
 * @param adminUri the realm's admin API ({@code <keycloak>/admin/realms/<realm>}); empty: derived
 *     from the issuer
 * @param timeout connect and read time-out of each call
 */
@ConfigurationProperties("onewindow.appointment.identity-confirmer")
public record IdentityConfirmerSettings(
        @DefaultValue("onewindow-identity-confirmer") String clientId,

        @DefaultValue("onewindow-identity-confirmer-demo-secret")
        String clientSecret,

        @DefaultValue("") String tokenUri,
        @DefaultValue("") String adminUri,
        @DefaultValue("5s") Duration timeout) {

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "IdentityConfirmerSettings[clientId=" + clientId + ", tokenUri=" + tokenUri + ", adminUri=" + adminUri
                + ", timeout=" + timeout + "]";
    }
}

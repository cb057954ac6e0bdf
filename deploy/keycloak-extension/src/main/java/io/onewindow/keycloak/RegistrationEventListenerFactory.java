package io.onewindow.keycloak;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The event listener {@value #ID}: on {@code REGISTER} it gives the new account the realm role of its
 * {@code account_type} and the real-name level {@code self-declared}, then asks the authoritative
 * identity service, when one is configured, and records {@code authoritative} on a match.
 *
 * <p>Settings (Keycloak 26 SPI options, or their {@code KC_SPI_…} variables):
 * {@code --spi-events-listener--onewindow-registration--identity-service-url} (none: nothing is
 * called), {@code …--identity-service-token} (a bearer token for the service) and
 * {@code …--identity-service-timeout-ms} (default 3000).
 */
public final class RegistrationEventListenerFactory implements EventListenerProviderFactory {

    /** The listener's id, as the realm's {@code eventsListeners} names it. */
    public static final String ID = "onewindow-registration";

    /** The account types a person may choose at registration, each the name of its realm role. */
    public static final Set<String> ACCOUNT_TYPES = Set.of("citizen", "enterprise", "agent");

    private static final Logger LOG = Logger.getLogger(RegistrationEventListenerFactory.class);
    private static final long DEFAULT_TIMEOUT_MS = 3000;

    private IdentityVerification identityService;

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new RegistrationEventListener(session, identityService);
    }

    @Override
    public void init(Config.Scope config) {
        String url = option(config, "identity-service-url", "identityServiceUrl");
        if (url == null) {
            LOG.info("No identity service configured: registered accounts stay self-declared");
            return;
        }
        String timeout = option(config, "identity-service-timeout-ms", "identityServiceTimeoutMs");
        identityService = new IdentityVerification(
                url,
                option(config, "identity-service-token", "identityServiceToken"),
                Duration.ofMillis(timeout == null ? DEFAULT_TIMEOUT_MS : Long.parseLong(timeout)));
        LOG.infof("Registered accounts are checked with %s", identityService);
    }

    // Keycloak 26 passes the option under its dashed name; older notations used camel case.
    private static String option(Config.Scope config, String dashed, String camel) {
        String value = config.get(dashed);
        if (value == null || value.isBlank()) {
            value = config.get(camel);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property()
                .name("identity-service-url")
                .type("string")
                .helpText("Base URL of the authoritative identity service (POST <url>/verifications); none: not called")
                .add()
                .property()
                .name("identity-service-token")
                .type("string")
                .helpText("Bearer token sent to the identity service")
                .add()
                .property()
                .name("identity-service-timeout-ms")
                .type("int")
                .helpText("Connect and answer timeout of the identity service, in milliseconds")
                .defaultValue(DEFAULT_TIMEOUT_MS)
                .add()
                .build();
    }
}

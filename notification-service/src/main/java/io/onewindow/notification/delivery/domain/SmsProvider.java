package io.onewindow.notification.delivery.domain;

/**
 * One SMS provider speaking the generic JSON SMS contract (docs/notification-service.md, "SMS
 * provider contract").
 */
public interface SmsProvider {

    /** The provider's name in the records and in its status-report path ({@code primary}, {@code secondary}). */
    String name();

    ProviderAnswer send(String phone, String templateCode, java.util.Map<String, String> params, String reference);

    /** What one provider answered. */
    sealed interface ProviderAnswer {

        /** Taken, with the provider's message id. */
        record Taken(String messageId) implements ProviderAnswer {}

        /** The provider could not be reached or is failing (5xx, 429, time-out, connection refused): another may take it. */
        record Unavailable(String reason) implements ProviderAnswer {}

        /** The provider refused this message (4xx: bad number, unknown template): another would refuse it too. */
        record Refused(String reason) implements ProviderAnswer {}
    }
}

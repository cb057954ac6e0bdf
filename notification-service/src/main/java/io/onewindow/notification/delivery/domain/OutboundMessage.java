package io.onewindow.notification.delivery.domain;

import java.util.Map;
import java.util.Objects;

/**
 * One message for one address: what a {@link Channel} sends. The text itself is never sent: the
 * providers hold the approved templates, the message names one and fills its placeholders.
 *
 * @param reference the delivery's id, passed to the provider so its status reports can name it
 * @param address the mobile number or openid
 * @param kind the notice kind (chooses the provider template)
 * @param templateKey the notice's own template key (the SMS template code unless a setting maps it)
 * @param values the notice's placeholders
 */
public record OutboundMessage(
        String reference, String address, String kind, String templateKey, Map<String, String> values) {

    public OutboundMessage {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(kind, "kind");
        values = values == null ? Map.of() : Map.copyOf(values);
    }
}

package io.onewindow.notification.delivery.domain;

import java.util.Objects;

/** What a channel answered for one send: accepted with the provider's message id, or a failure. */
public sealed interface SendOutcome {

    /** Who answered: {@code primary}, {@code secondary}, {@code wechat}. */
    String provider();

    /**
     * The provider took the message.
     *
     * @param delivered whether taking it is already delivery (WeChat: no later report comes)
     */
    record Accepted(String provider, String messageId, boolean delivered) implements SendOutcome {
        public Accepted {
            Objects.requireNonNull(provider, "provider");
        }
    }

    /**
     * The message was not taken.
     *
     * @param reason a short code, e.g. {@code provider-unavailable}, {@code wechat-43101}
     * @param retryable whether trying again later may succeed
     */
    record Failed(String provider, String reason, boolean retryable) implements SendOutcome {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}

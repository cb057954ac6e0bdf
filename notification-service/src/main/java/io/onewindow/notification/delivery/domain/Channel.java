package io.onewindow.notification.delivery.domain;

/** An outbound channel: sends one message to one address and says how it went; never throws for a provider's failure. */
public interface Channel {

    ChannelKind kind();

    SendOutcome send(OutboundMessage message);
}

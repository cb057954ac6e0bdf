package io.onewindow.notification.delivery.domain;

import io.onewindow.notification.delivery.domain.SmsProvider.ProviderAnswer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The SMS channel: the primary provider first; when it is unavailable (5xx, 429, time-out,
 * connection refused) the same message goes to the secondary. A refusal (4xx) is final and not
 * passed on: the secondary would refuse the same number or template. When every provider is
 * unavailable the send fails retryably ({@code provider-unavailable}).
 */
public final class SmsFailover implements Channel {

    private final List<SmsProvider> providers;
    private final Function<OutboundMessage, String> templateCode;

    /**
     * @param providers in the order they are tried (primary, secondary)
     * @param templateCode the provider template code of a message
     */
    public SmsFailover(List<SmsProvider> providers, Function<OutboundMessage, String> templateCode) {
        if (providers.isEmpty()) {
            throw new IllegalArgumentException("at least one SMS provider");
        }
        this.providers = List.copyOf(providers);
        this.templateCode = templateCode;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.SMS;
    }

    @Override
    public SendOutcome send(OutboundMessage message) {
        String code = templateCode.apply(message);
        Map<String, String> params = message.values();
        String last = "provider-unavailable";
        String lastProvider = providers.get(0).name();
        for (SmsProvider provider : providers) {
            ProviderAnswer answer = provider.send(message.address(), code, params, message.reference());
            if (answer instanceof ProviderAnswer.Taken taken) {
                return new SendOutcome.Accepted(provider.name(), taken.messageId(), false);
            }
            if (answer instanceof ProviderAnswer.Refused refused) {
                return new SendOutcome.Failed(provider.name(), refused.reason(), false);
            }
            last = ((ProviderAnswer.Unavailable) answer).reason();
            lastProvider = provider.name();
        }
        return new SendOutcome.Failed(lastProvider, last, true);
    }
}

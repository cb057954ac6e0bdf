package io.onewindow.platform.idempotency;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code Idempotency-Key} convention of creating POSTs ({@code onewindow.idempotency.*}).
 *
 * @param enabled whether the service honours the header at all
 * @param retention how long a finished request's answer is replayed for its key
 * @param inFlightTimeout how long a claim of a request still running blocks its key; a claim left
 *     by a crashed instance frees the key after this
 * @param excludedPaths Ant patterns of paths (without the context path) whose POSTs keep their own
 *     mechanism or none
 */
@ConfigurationProperties("onewindow.idempotency")
public record IdempotencyProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("P1D") Duration retention,
        @DefaultValue("PT5M") Duration inFlightTimeout,
        @DefaultValue List<String> excludedPaths) {

    public IdempotencyProperties {
        excludedPaths = excludedPaths == null ? List.of() : List.copyOf(excludedPaths);
    }
}

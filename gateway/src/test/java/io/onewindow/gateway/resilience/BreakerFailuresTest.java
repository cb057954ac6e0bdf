package io.onewindow.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import reactor.netty.channel.AbortedException;

class BreakerFailuresTest {

    @Test
    void countsOnlyTheServicesOwnFailures() {
        assertThat(BreakerFailures.isServiceFailure(new ConnectException("refused")))
                .isTrue();
        assertThat(BreakerFailures.isServiceFailure(new IOException("connection reset")))
                .isTrue();
        assertThat(BreakerFailures.isServiceFailure(new TimeoutException())).isTrue();
        assertThat(BreakerFailures.isServiceFailure(new IllegalStateException(new ConnectException("refused"))))
                .isTrue();
    }

    @Test
    void doesNotCountClientsOrTheGatewaysOwnRefusals() {
        assertThat(BreakerFailures.isServiceFailure(new AbortedException("client went away")))
                .isFalse();
        assertThat(BreakerFailures.isServiceFailure(new ConcurrencyLimit.Full("test")))
                .isFalse();
        assertThat(BreakerFailures.isServiceFailure(BulkheadFullException.createBulkheadFullException(
                        io.github.resilience4j.bulkhead.Bulkhead.ofDefaults("x"))))
                .isFalse();
        assertThat(BreakerFailures.isServiceFailure(new ResponseStatusException(HttpStatus.BAD_REQUEST)))
                .isFalse();
        assertThat(BreakerFailures.isServiceFailure(new IllegalStateException("websocket handshake refused")))
                .isFalse();
    }

    @Test
    void aServiceWithSeveralInstancesIsNotHeldToOneInstancesBrokenConnections() {
        assertThat(BreakerFailures.isServiceFailure(new ConnectException("refused"), true))
                .isFalse();
        assertThat(BreakerFailures.isServiceFailure(new IOException("connection reset"), true))
                .isFalse();
        assertThat(BreakerFailures.isServiceFailure(new IllegalStateException(new ConnectException("refused")), true))
                .isFalse();
        assertThat(BreakerFailures.isServiceFailure(new TimeoutException(), true))
                .isTrue();
        assertThat(BreakerFailures.isServiceFailure(new AbortedException("client went away"), true))
                .isFalse();
    }
}

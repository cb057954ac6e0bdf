package io.onewindow.platform.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class DeadLetteringErrorHandlerTest {

    @Test
    void givesInfrastructureTroubleMorePatienceThanABug() {
        assertThat(DeadLetteringErrorHandler.isTransient(new ListenerExecutionFailedException(
                        "listener failed", new DataAccessResourceFailureException("database unreachable"))))
                .isTrue();
        assertThat(DeadLetteringErrorHandler.isTransient(new OptimisticLockingFailureException("concurrent update")))
                .isTrue();
        assertThat(DeadLetteringErrorHandler.isTransient(
                        new ListenerExecutionFailedException("listener failed", new IllegalStateException("bug"))))
                .isFalse();
    }

    @Test
    void writesWhateverTheListenerReceivedBackUnchanged() {
        try (DeadLetterSerializer serializer = new DeadLetterSerializer()) {
            assertThat(serializer.serialize("t", null)).isNull();
            assertThat(serializer.serialize("t", new byte[] {1, 2})).containsExactly(1, 2);
            assertThat(serializer.serialize("t", "不是事件")).isEqualTo("不是事件".getBytes(StandardCharsets.UTF_8));
            assertThat(new String(serializer.serialize("t", Map.of("a", 1)), StandardCharsets.UTF_8))
                    .isEqualTo("{\"a\":1}");
        }
    }

    @Test
    void buildsWithDefaultSettingsWithoutConnectingAnywhere() {
        DeadLetteringErrorHandler handler = DeadLetteringErrorHandler.create(
                Map.of("bootstrap.servers", "localhost:1"), ConsumerSettings.defaults());

        assertThat(handler.isAckAfterHandle()).isTrue();
        handler.destroy();
    }
}

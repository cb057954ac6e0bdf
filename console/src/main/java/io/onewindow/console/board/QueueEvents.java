package io.onewindow.console.board;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The appointment service's events (CloudEvents in JSON): any event naming a hall
 * ({@code data.servicePointId}: a ticket issued, called, recalled, served, a check-in …) redraws
 * that hall's boards. Each console instance reads the topic in its own consumer group from the
 * latest offset without committing (every instance hears every event; a restarted one needs no
 * history: it redraws on the next event and at least every refresh interval).
 */
@Component
class QueueEvents {

    private final BoardStreams streams;
    private final JsonMapper json = JsonMapper.builder().build();

    QueueEvents(BoardStreams streams) {
        this.streams = streams;
    }

    @KafkaListener(
            topics = "${onewindow.console.board.topic:onewindow.appointment.events}",
            groupId = "console-board-#{T(java.util.UUID).randomUUID()}",
            properties = {"auto.offset.reset=latest", "enable.auto.commit=false"})
    void on(String event) {
        String servicePointId = servicePointOf(event);
        if (servicePointId != null) {
            streams.changed(servicePointId);
        }
    }

    /** The hall an event names, or {@code null}. */
    String servicePointOf(String event) {
        try {
            JsonNode root = json.readTree(event);
            JsonNode data = root.path("data");
            JsonNode point = data.isObject() ? data.path("servicePointId") : root.path("servicePointId");
            return point.isString() && !point.asString().isBlank() ? point.asString() : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}

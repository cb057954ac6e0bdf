package io.onewindow.platform.messaging.outbox;

import java.util.Map;

/** An outbox entry as the relay read it from a claimed document, ready to send. */
record PendingEvent(
        Object documentId, String eventId, String topic, String key, String payload, Map<String, String> headers) {}

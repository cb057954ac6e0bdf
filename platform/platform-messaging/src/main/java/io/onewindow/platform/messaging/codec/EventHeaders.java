package io.onewindow.platform.messaging.codec;

import java.time.Instant;

/**
 * The CloudEvents attributes of an event without its data: enough to route it, deduplicate it
 * and log it without knowing its payload type.
 *
 * @param id unique event id
 * @param source the producing service, e.g. {@code /onewindow/approval-service}
 * @param type versioned wire type, e.g. {@code onewindow.approval.ApplicationAccepted.v1}
 * @param subject the aggregate id
 * @param time when the change happened
 */
public record EventHeaders(String id, String source, String type, String subject, Instant time) {}

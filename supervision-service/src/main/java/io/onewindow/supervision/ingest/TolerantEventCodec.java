package io.onewindow.supervision.ingest;

import io.onewindow.platform.messaging.codec.EventCodec;
import tools.jackson.databind.DeserializationFeature;

/**
 * The platform's event codec, except that a primitive field an event lacks is read as its default
 * ({@code false}, {@code 0}) instead of refusing the whole event. ApplicationAccepted, ClockResumed and
 * TimeLimitExtended gained {@code boolean} flags ({@code statutoryDueProvisional},
 * {@code promisedDueProvisional}); events written before them — still on the topics and replayed by
 * the rebuild, or sent by an approval-service not yet upgraded — must still be applied, as "not
 * provisional". Writing is exactly the platform's.
 */
public final class TolerantEventCodec {

    private TolerantEventCodec() {}

    public static EventCodec create() {
        return new EventCodec(EventCodec.defaultMapper()
                .rebuild()
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build());
    }
}

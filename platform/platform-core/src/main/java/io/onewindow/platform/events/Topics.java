package io.onewindow.platform.events;

/** The Kafka topics of OneWindow: one per producing service, keyed by aggregate id. */
public final class Topics {

    public static final String APPOINTMENT = "onewindow.appointment.events";
    public static final String APPROVAL = "onewindow.approval.events";
    public static final String LICENSE = "onewindow.license.events";
    public static final String SUPERVISION = "onewindow.supervision.events";
    public static final String NOTIFICATION = "onewindow.notification.events";

    /** Suffix of the dead-letter topic that poison messages of a topic go to. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {}

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}

package io.onewindow.platform.messaging.codec;

/**
 * A message that is not a readable OneWindow CloudEvent: not JSON, or an envelope without its
 * required attributes. Retrying cannot fix it, so consumers send it to the dead-letter topic
 * at once instead of retrying.
 */
public class EventFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EventFormatException(String message) {
        super(message);
    }

    public EventFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

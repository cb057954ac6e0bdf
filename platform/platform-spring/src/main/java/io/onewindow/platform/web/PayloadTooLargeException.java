package io.onewindow.platform.web;

import java.io.IOException;

/** A request body went past the configured limit while it was being read. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("request body exceeds " + limit + " bytes");
    }
}

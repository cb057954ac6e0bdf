package io.onewindow.appointment.support;

import io.onewindow.platform.identity.UnifiedSocialCreditCode;

/** Valid unified social credit codes (check character found by the platform's own check) for test intermediaries. */
public final class TestCodes {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private TestCodes() {}

    /** The {@code n}-th test intermediary's code (0..9999): 91440113MA5D + n, with its check character. */
    public static UnifiedSocialCreditCode intermediary(int n) {
        String body = "91440113MA5D" + String.format("%05d", n);
        for (char check : CHARACTERS.toCharArray()) {
            if (UnifiedSocialCreditCode.isValid(body + check)) {
                return UnifiedSocialCreditCode.of(body + check);
            }
        }
        throw new IllegalStateException("no check character for " + body);
    }
}

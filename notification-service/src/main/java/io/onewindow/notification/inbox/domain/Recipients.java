package io.onewindow.notification.inbox.domain;

/**
 * The keys an inbox is found by. A person is addressed by the platform's keyed pseudonym of the ID
 * number (or an enterprise by that of its credit code), as the events carry it and as the caller's
 * token gives it; an agent who acted for someone, when the event names only the account, by
 * {@code sub:<token subject>} or {@code user:<username>}.
 */
public final class Recipients {

    private Recipients() {}

    /** The key of the account whose token subject is {@code subject}, or null. */
    public static String ofSubject(String subject) {
        return subject == null || subject.isBlank() ? null : "sub:" + subject;
    }

    /** The key of the account with this username, or null. */
    public static String ofUsername(String username) {
        return username == null || username.isBlank() ? null : "user:" + username;
    }
}

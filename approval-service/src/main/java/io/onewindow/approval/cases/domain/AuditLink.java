package io.onewindow.approval.cases.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One action on a case in its hash chain: who, in which role and department, when, what, and the
 * state before and after. {@code hash} is SHA-256 over the previous link's hash and this link's
 * content, so changing, removing or reordering any link breaks every link after it.
 *
 * @param sequence 1, 2, … in order
 * @param at when (millisecond precision, as stored)
 * @param actor username
 * @param role the role acted in
 * @param department the actor's department, or empty
 * @param action what was done, e.g. {@code accept}
 * @param stateBefore the case state before
 * @param stateAfter the case state after
 * @param detail a short account (reason, items, step), never a full ID number
 * @param previousHash the previous link's hash ({@link #GENESIS} for the first)
 * @param hash this link's hash
 */
public record AuditLink(
        int sequence,
        Instant at,
        String actor,
        String role,
        String department,
        String action,
        String stateBefore,
        String stateAfter,
        String detail,
        String previousHash,
        String hash) {

    /** The "previous hash" of a chain's first link. */
    public static final String GENESIS = "0".repeat(64);

    /** A new link after {@code previousHash}, its hash computed. */
    public static AuditLink append(
            int sequence,
            Instant at,
            Actor actor,
            String action,
            String stateBefore,
            String stateAfter,
            String detail,
            String previousHash) {
        String department = actor.department() == null ? "" : actor.department();
        String safeDetail = detail == null ? "" : detail;
        String hash = hashOf(
                sequence,
                at,
                actor.username(),
                actor.role(),
                department,
                action,
                stateBefore,
                stateAfter,
                safeDetail,
                previousHash);
        return new AuditLink(
                sequence,
                at,
                actor.username(),
                actor.role(),
                department,
                action,
                stateBefore,
                stateAfter,
                safeDetail,
                previousHash,
                hash);
    }

    /** The hash this link's content should have. */
    public String expectedHash() {
        return hashOf(sequence, at, actor, role, department, action, stateBefore, stateAfter, detail, previousHash);
    }

    static String hashOf(
            int sequence,
            Instant at,
            String actor,
            String role,
            String department,
            String action,
            String stateBefore,
            String stateAfter,
            String detail,
            String previousHash) {
        // Length-prefixed fields, so moving text from one field into the next changes the hash.
        StringBuilder content = new StringBuilder();
        for (Object field : new Object[] {
            previousHash,
            sequence,
            at == null ? "" : at.toString(),
            actor,
            role,
            department,
            action,
            stateBefore,
            stateAfter,
            detail
        }) {
            String text = String.valueOf(field);
            content.append(text.length()).append(':').append(text).append('|');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

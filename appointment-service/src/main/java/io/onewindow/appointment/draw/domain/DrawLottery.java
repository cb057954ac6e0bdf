package io.onewindow.appointment.draw.domain;

import io.onewindow.platform.fairness.SeededLottery;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The draw's algorithm, which anyone can re-run from what is published (docs/appointment-service.md,
 * "Fair release (draw)"):
 *
 * <ol>
 *   <li>the seed is 32 random bytes; its commitment is {@code SHA-256(seed)} in lower-case hex,
 *       published before the draw window opens;
 *   <li>each entry id is ranked by {@code HMAC-SHA256(key = seed, message = UTF-8 of the id)},
 *       lower-case hex;
 *   <li>the entries are ordered by rank, then by id (a tie of 256-bit values does not happen, the
 *       id makes the order total anyway);
 *   <li>the places left go to the first entries of that order, each entry found no longer
 *       eligible when its place is booked being skipped for the next.
 * </ol>
 *
 * The order does not depend on when an entry arrived, nor on the order entries are given in: speed
 * within the window gains nothing, and nobody could aim for a good rank before the seed was revealed.
 */
public final class DrawLottery {

    /** Seed length in bytes. */
    public static final int SEED_BYTES = SeededLottery.SEED_BYTES;

    private DrawLottery() {}

    /** A fresh seed, hex. */
    public static String newSeed(SecureRandom random) {
        return SeededLottery.newSeed(random);
    }

    /** {@code SHA-256(seed bytes)}, lower-case hex. */
    public static String commitmentOf(String seedHex) {
        return SeededLottery.commitmentOf(seedHex);
    }

    /** The rank of one entry: {@code HMAC-SHA256(seed, entryId)}, lower-case hex. */
    public static String rankOf(String seedHex, String entryId) {
        return SeededLottery.rankOf(seedHex, entryId);
    }

    /** One entry with its rank. */
    public record Ranked(String entryId, String rank) {}

    /** The entries in draw order: by rank, then id ({@link SeededLottery}). */
    public static List<Ranked> rank(String seedHex, Collection<String> entryIds) {
        return SeededLottery.rank(seedHex, entryIds).stream()
                .map(r -> new Ranked(r.id(), r.rank()))
                .toList();
    }

    /**
     * Who gets the places: the first {@code places} of the ranking that are not {@code skipped}.
     * This is what a verifier recomputes; the draw itself finds the skipped ones while booking.
     */
    public static List<String> winners(List<String> ranking, int places, Collection<String> skipped) {
        List<String> winners = new ArrayList<>();
        for (String id : ranking) {
            if (winners.size() >= places) {
                break;
            }
            if (!skipped.contains(id)) {
                winners.add(id);
            }
        }
        return winners;
    }
}

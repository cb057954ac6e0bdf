package io.onewindow.appointment.draw.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
    public static final int SEED_BYTES = 32;

    private static final HexFormat HEX = HexFormat.of();

    private DrawLottery() {}

    /** A fresh seed, hex. */
    public static String newSeed(SecureRandom random) {
        byte[] seed = new byte[SEED_BYTES];
        random.nextBytes(seed);
        return HEX.formatHex(seed);
    }

    /** {@code SHA-256(seed bytes)}, lower-case hex. */
    public static String commitmentOf(String seedHex) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(seedBytes(seedHex)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The rank of one entry: {@code HMAC-SHA256(seed, entryId)}, lower-case hex. */
    public static String rankOf(String seedHex, String entryId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(seedBytes(seedHex), "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(entryId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** One entry with its rank. */
    public record Ranked(String entryId, String rank) {}

    /** The entries in draw order: by rank, then id. */
    public static List<Ranked> rank(String seedHex, Collection<String> entryIds) {
        List<Ranked> ranked = new ArrayList<>(entryIds.size());
        for (String id : entryIds.stream().distinct().sorted().toList()) {
            ranked.add(new Ranked(id, rankOf(seedHex, id)));
        }
        ranked.sort(Comparator.comparing(Ranked::rank).thenComparing(Ranked::entryId));
        return ranked;
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

    private static byte[] seedBytes(String seedHex) {
        byte[] seed = HEX.parseHex(Objects.requireNonNull(seedHex, "seed"));
        if (seed.length != SEED_BYTES) {
            throw new IllegalArgumentException("a seed has " + SEED_BYTES + " bytes");
        }
        return seed;
    }
}

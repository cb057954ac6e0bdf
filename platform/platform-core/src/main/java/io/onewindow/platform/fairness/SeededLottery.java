package io.onewindow.platform.fairness;

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
 * A lottery anyone can re-run from what is published: the seed is 32 random bytes whose commitment,
 * {@code SHA-256(seed)} in lower-case hex, is published before the draw; each id is ranked by {@code
 * HMAC-SHA256(key = seed, message = UTF-8 of the id)} in lower-case hex; the ids are ordered by rank, then
 * by id. The order depends neither on the order the ids are given in nor on when they arrived, and nobody
 * can aim for a good rank before the seed is revealed. Appointment's fair release and supervision's
 * sampling review draw with it.
 */
public final class SeededLottery {

    /** Seed length in bytes. */
    public static final int SEED_BYTES = 32;

    private static final HexFormat HEX = HexFormat.of();

    private SeededLottery() {}

    /** One id with its rank. */
    public record Ranked(String id, String rank) {}

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

    /** The rank of one id: {@code HMAC-SHA256(seed, id)}, lower-case hex. */
    public static String rankOf(String seedHex, String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(seedBytes(seedHex), "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(id.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** The ids (each once) in draw order: by rank, then id. */
    public static List<Ranked> rank(String seedHex, Collection<String> ids) {
        List<Ranked> ranked = new ArrayList<>(ids.size());
        for (String id : ids.stream().distinct().sorted().toList()) {
            ranked.add(new Ranked(id, rankOf(seedHex, id)));
        }
        ranked.sort(Comparator.comparing(Ranked::rank).thenComparing(Ranked::id));
        return ranked;
    }

    private static byte[] seedBytes(String seedHex) {
        byte[] seed = HEX.parseHex(Objects.requireNonNull(seedHex, "seed"));
        if (seed.length != SEED_BYTES) {
            throw new IllegalArgumentException("a seed has " + SEED_BYTES + " bytes");
        }
        return seed;
    }
}

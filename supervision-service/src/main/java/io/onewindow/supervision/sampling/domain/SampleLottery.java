package io.onewindow.supervision.sampling.domain;

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
 * The sampling draw's randomness, which anyone can re-run from what is published
 * (docs/supervision-service.md, "Sampling review"), as the appointment service's fair-release draw:
 *
 * <ol>
 *   <li>the seed is 32 random bytes; its commitment is {@code SHA-256(seed)} in lower-case hex, stored
 *       and published ({@code SampleSeedCommitted}) before the draw;
 *   <li>each candidate case is ranked by {@code HMAC-SHA256(key = seed, message = UTF-8 of the case id)},
 *       lower-case hex;
 *   <li>candidates are ordered by rank, then by case id.
 * </ol>
 *
 * The order depends neither on the order the cases are given in nor on anything a department can
 * influence after the commitment.
 */
public final class SampleLottery {

    /** Seed length in bytes. */
    public static final int SEED_BYTES = 32;

    private static final HexFormat HEX = HexFormat.of();

    private SampleLottery() {}

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

    /** The rank of one case: {@code HMAC-SHA256(seed, caseId)}, lower-case hex. */
    public static String rankOf(String seedHex, String caseId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(seedBytes(seedHex), "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(caseId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** One case with its rank. */
    public record Ranked(String caseId, String rank) {}

    /** The cases in draw order: by rank, then id. */
    public static List<Ranked> rank(String seedHex, Collection<String> caseIds) {
        List<Ranked> ranked = new ArrayList<>(caseIds.size());
        for (String id : caseIds.stream().distinct().sorted().toList()) {
            ranked.add(new Ranked(id, rankOf(seedHex, id)));
        }
        ranked.sort(Comparator.comparing(Ranked::rank).thenComparing(Ranked::caseId));
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

package io.onewindow.supervision.sampling.domain;

import io.onewindow.platform.fairness.SeededLottery;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.List;

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
    public static final int SEED_BYTES = SeededLottery.SEED_BYTES;

    private SampleLottery() {}

    /** A fresh seed, hex. */
    public static String newSeed(SecureRandom random) {
        return SeededLottery.newSeed(random);
    }

    /** {@code SHA-256(seed bytes)}, lower-case hex. */
    public static String commitmentOf(String seedHex) {
        return SeededLottery.commitmentOf(seedHex);
    }

    /** The rank of one case: {@code HMAC-SHA256(seed, caseId)}, lower-case hex. */
    public static String rankOf(String seedHex, String caseId) {
        return SeededLottery.rankOf(seedHex, caseId);
    }

    /** One case with its rank. */
    public record Ranked(String caseId, String rank) {}

    /** The cases in draw order: by rank, then id ({@link SeededLottery}). */
    public static List<Ranked> rank(String seedHex, Collection<String> caseIds) {
        return SeededLottery.rank(seedHex, caseIds).stream()
                .map(r -> new Ranked(r.id(), r.rank()))
                .toList();
    }
}

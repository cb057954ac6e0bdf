package io.onewindow.approval.cases.domain;

import java.util.List;

/**
 * The result of checking a case's audit chain.
 *
 * @param intact whether every link holds
 * @param links how many links were checked
 * @param firstBrokenLink the sequence number of the first link that does not hold, or {@code null}
 * @param problem what is wrong with it, or {@code null}
 */
public record ChainVerification(boolean intact, int links, Integer firstBrokenLink, String problem) {

    /** Walks the chain from the first link; stops at the first that does not hold. */
    public static ChainVerification of(List<AuditLink> chain) {
        String previous = AuditLink.GENESIS;
        int expectedSequence = 1;
        for (AuditLink link : chain) {
            if (link.sequence() != expectedSequence) {
                return broken(chain, expectedSequence, "link " + expectedSequence + " is missing or out of order");
            }
            if (!previous.equals(link.previousHash())) {
                return broken(chain, link.sequence(), "does not point at the previous link's hash");
            }
            if (!link.expectedHash().equals(link.hash())) {
                return broken(chain, link.sequence(), "its content does not match its hash");
            }
            previous = link.hash();
            expectedSequence++;
        }
        return new ChainVerification(true, chain.size(), null, null);
    }

    private static ChainVerification broken(List<AuditLink> chain, int sequence, String problem) {
        return new ChainVerification(false, chain.size(), sequence, problem);
    }
}

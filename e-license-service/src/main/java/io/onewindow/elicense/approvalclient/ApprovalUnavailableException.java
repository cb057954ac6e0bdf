package io.onewindow.elicense.approvalclient;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * approval-service gave no verdict: not reachable, too slow, a server error, or our service token
 * refused. Nothing may be concluded from it. approval-service is the source this service reads
 * approvals and citations from, so its failure is a resource failure: the platform's listener error
 * handler treats it as infrastructure trouble likely to pass and retries an approval event with its
 * transient patience ({@code onewindow.messaging.consumer.transient-max-attempts}) before
 * dead-lettering it; a duty read answers 503 ({@link ApprovalUnavailableAdvice}).
 */
public class ApprovalUnavailableException extends DataAccessResourceFailureException {

    private static final long serialVersionUID = 1L;

    public ApprovalUnavailableException(String message) {
        super(message);
    }

    public ApprovalUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

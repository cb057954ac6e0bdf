package io.onewindow.elicense.verification.domain;

/** What a public verifier is told. */
public enum VerificationResult {
    VALID,
    EXPIRED,
    SUSPENDED,
    REVOKED,
    INVALID
}

package io.onewindow.elicense.verification;

/** What a public verifier is told. */
public enum VerificationResult {
    VALID,
    EXPIRED,
    SUSPENDED,
    REVOKED,
    INVALID
}

package io.onewindow.platform.service;

import io.onewindow.platform.service.RequiredSecrets.InsecureSecretsException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The start-up refusal of {@link RequiredSecrets} as Spring Boot's "APPLICATION FAILED TO START" report. */
class InsecureSecretsFailureAnalyzer extends AbstractFailureAnalyzer<InsecureSecretsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InsecureSecretsException cause) {
        return new FailureAnalysis(
                "The service needs secrets that are missing or public (values published in the OneWindow"
                        + " repository):\n  - " + String.join("\n  - ", cause.problems()),
                "Set each environment variable named above to the deployment's secret (see docs/security.md)."
                        + " Only the local demo run (Spring profile " + RequiredSecrets.LOCAL_PROFILE
                        + ", SPRING_PROFILES_ACTIVE=local) may run on the demo values.",
                cause);
    }
}

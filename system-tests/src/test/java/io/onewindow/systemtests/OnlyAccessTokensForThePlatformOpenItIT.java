package io.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, tokens: the gateway lets through only access tokens Keycloak issued for the
 * platform's audience. An ID token or a refresh token of the same user, signed by the same realm,
 * is refused with a 401 problem, and what it tried to do is not done.
 */
class OnlyAccessTokensForThePlatformOpenItIT {

    private static Gateway gateway;

    @BeforeAll
    static void platform() {
        gateway = Gateway.toSharedPlatform();
    }

    @Test
    void anIdTokenOrARefreshTokenOpensNoWalletAndGrantsNothing() {
        String access = gateway.tokenOf("citizen1");
        gateway.get("/api/licenses/mine", access).expect(200);

        for (String notAnAccessToken :
                new String[] {gateway.idTokenOf("citizen1"), gateway.refreshTokenOf("citizen1")}) {
            gateway.get("/api/licenses/mine", notAnAccessToken).expectProblem(401);
            gateway.get("/api/appointments/mine", notAnAccessToken).expectProblem(401);
            gateway.post(
                            "/api/approvals/cases",
                            notAnAccessToken,
                            Map.of("matterCode", "MR-GT-001", "formData", Map.of("名称", "不该受理")))
                    .expectProblem(401);
        }
        assertThat(gateway.get("/api/approvals/cases", access).body()).doesNotContain("不该受理");
    }
}

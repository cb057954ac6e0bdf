package io.onewindow.notification.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class WebhookUrlTest {

    @Test
    void httpsIsAcceptedEverywhere() {
        assertThat(WebhookUrl.of("https://tax.example.gov.cn/hooks?x=1", false).value())
                .isEqualTo("https://tax.example.gov.cn/hooks?x=1");
    }

    @Test
    void plainHttpIsAcceptedOnlyToALoopbackHostAndOnlyWhereAllowed() {
        assertThat(WebhookUrl.of("http://127.0.0.1:9000/hook", true).value()).isEqualTo("http://127.0.0.1:9000/hook");
        assertThat(WebhookUrl.of("http://localhost/hook", true).value()).isEqualTo("http://localhost/hook");
        assertThat(WebhookUrl.of("http://[::1]:8000/hook", true).value()).isEqualTo("http://[::1]:8000/hook");
        refused("http://127.0.0.1:9000/hook", false);
        refused("http://tax.example.gov.cn/hook", true);
        refused("http://10.0.0.5/hook", true);
        refused("http://127.0.0.1.example.com/hook", true);
    }

    @Test
    void otherSchemesRelativeUrlsUserInfoAndFragmentsAreRefused() {
        refused("ftp://tax.example.gov.cn/hook", true);
        refused("/hooks", true);
        refused("https://user:pw@tax.example.gov.cn/hook", true);
        refused("https://tax.example.gov.cn/hook#x", true);
        refused("https://exa mple.com/", true);
        refused(" ", true);
    }

    private static void refused(String url, boolean allowHttpLoopback) {
        assertThatThrownBy(() -> WebhookUrl.of(url, allowHttpLoopback))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("webhook.url-invalid"));
    }
}

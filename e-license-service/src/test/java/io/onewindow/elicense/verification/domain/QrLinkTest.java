package io.onewindow.elicense.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.elicense.signing.domain.Sm2;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QrLinkTest {

    private final QrLink link = QrLink.of("https://api.onewindow.example/verify");
    private final String payload =
            QrPayloadTest.signedPayload(Sm2.generateKeyPair(), Instant.parse("2026-03-02T02:00:00Z"));

    @Test
    void encodesAnHttpsAddressOfTheVerificationPageThatCarriesThePayload() {
        String url = link.linkTo(payload);
        assertThat(url)
                .startsWith("https://api.onewindow.example/verify?p=")
                .doesNotContain("|")
                .matches("[^?]+\\?p=[A-Za-z0-9_-]+")
                .hasSizeLessThan(600);
        assertThat(link.read(url)).isEqualTo(new QrLink.Scanned.Payload(payload));
    }

    @Test
    void readsTheBarePayloadAndTheAddressWithSurroundingSpaceOrAnotherCaseOfHost() {
        assertThat(link.read(payload)).isEqualTo(new QrLink.Scanned.Payload(payload));
        assertThat(link.read("  " + payload + "\n")).isEqualTo(new QrLink.Scanned.Payload(payload));
        assertThat(link.read(link.linkTo(payload).replace("api.onewindow.example", "API.OneWindow.example")))
                .isEqualTo(new QrLink.Scanned.Payload(payload));
        assertThat(link.read(link.linkTo(payload).replace(".example/", ".example:443/")))
                .isEqualTo(new QrLink.Scanned.Payload(payload));
    }

    @Test
    void anAddressOfAnotherHostPortSchemeOrPathIsForeign() {
        String url = link.linkTo(payload);
        for (String foreign : java.util.List.of(
                url.replace("api.onewindow.example", "api.onewindow.example.evil.cn"),
                url.replace("api.onewindow.example", "evil.example"),
                url.replace(".example/", ".example:8443/"),
                url.replace("https://", "http://"),
                url.replace("/verify", "/verify2"),
                url.replace("/verify", "/licenses/verify"),
                url.replace("/verify", "/api/licenses/public/verify2"),
                url.replace("/verify", "/api/approvals/public/verify"),
                url.replace("https://api", "https://user@api"))) {
            assertThat(link.read(foreign)).as(foreign).isInstanceOf(QrLink.Scanned.Foreign.class);
        }
    }

    @Test
    void garbageEmptyAndAddressesWithoutAPayloadAreMalformed() {
        String base = "https://api.onewindow.example/verify";
        for (String garbage : java.util.List.of(
                "",
                "   ",
                "garbage",
                "1.2.156.3005.2.nonsense",
                base,
                base + "?p=",
                base + "?p=!!!",
                base + "?p=Z2FyYmFnZQ",
                base + "?q=" + payload,
                link.linkTo(payload) + "&p=T1dMMnx4",
                "https://[broken")) {
            assertThat(link.read(garbage)).as(garbage).isInstanceOf(QrLink.Scanned.Malformed.class);
        }
        assertThat(link.read(null)).isInstanceOf(QrLink.Scanned.Malformed.class);
    }

    @Test
    void readsCodesPrintedWithTheServicesOwnAddressBeforeTheShortOne() {
        String printedEarlier = link.linkTo(payload).replace("/verify?", "/api/licenses/public/verify?");
        assertThat(printedEarlier).startsWith("https://api.onewindow.example/api/licenses/public/verify?p=");

        assertThat(link.read(printedEarlier)).isEqualTo(new QrLink.Scanned.Payload(payload));
        assertThat(link.read(printedEarlier.replace("api.onewindow.example", "evil.example")))
                .isInstanceOf(QrLink.Scanned.Foreign.class);
        assertThat(link.read(printedEarlier.replace("https://", "http://"))).isInstanceOf(QrLink.Scanned.Foreign.class);
        assertThat(link.read(printedEarlier.replaceFirst("\\?p=.*", "?p=Z2FyYmFnZQ")))
                .isInstanceOf(QrLink.Scanned.Malformed.class);
    }

    @Test
    void readsThePageParameterAlone() {
        String url = link.linkTo(payload);
        assertThat(link.readParameter(url.substring(url.indexOf("?p=") + 3)))
                .isEqualTo(new QrLink.Scanned.Payload(payload));
        assertThat(link.readParameter("Z2FyYmFnZQ")).isInstanceOf(QrLink.Scanned.Malformed.class);
        assertThat(link.readParameter("")).isInstanceOf(QrLink.Scanned.Malformed.class);
    }

    @Test
    void refusesABaseThatIsNoAbsoluteWebAddress() {
        for (String bad :
                java.util.List.of("", "/api/licenses/public/verify", "ftp://x.example/v", "https://x/v?a=1")) {
            assertThatThrownBy(() -> QrLink.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}

package io.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * A phone's camera opens a license's QR code: the address {@code GET /api/licenses/{id}/qr} gives,
 * the gateway's short {@code /verify?p=…}, shows the verification page in a real (headless Chromium)
 * phone-sized browser: the result in large type in Chinese ({@code lang} zh-CN), no sideways
 * scrolling at 390 CSS pixels. A valid license shows 有效, and the same code once its issuing
 * department revoked it 已撤销 (REVOKED); a code that is no code of this platform 无效 (INVALID). The
 * license is issued as in {@link CompanyGetsAFoodLicenseOnlineIT}: enterprise1 files a complete
 * food-license application, officer1 accepts, approver1 runs the catalog's steps and approves.
 *
 * <p>The code's address is e-license-service's setting (default {@code http://127.0.0.1:8080/verify});
 * the test platform's gateway listens on a free port, so the test opens the code's path and query on
 * the test's gateway when host or port differ.
 */
class APhoneOpeningALicensesQrCodeSeesItsStatusIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private static Gateway gateway;
    private static String gatewayUrl;

    /** approval-service lets one person upload 10 files a minute; the journeys after this class need them. */
    private static final Duration UPLOAD_WINDOW = Duration.ofSeconds(61);

    private static Instant uploadedAt;

    @BeforeAll
    static void platform() {
        gateway = Gateway.toSharedPlatform();
        gatewayUrl = RunningPlatform.shared().gatewayUrl();
    }

    /**
     * Gives enterprise1's upload budget back before the next class runs: the journeys that file for
     * it (food-license uploads) would otherwise meet 429 {@code material.rate-exceeded} for the two
     * files uploaded here.
     */
    @AfterAll
    static void uploadBudgetBack() throws InterruptedException {
        if (uploadedAt != null) {
            Duration left = UPLOAD_WINDOW.minus(Duration.between(uploadedAt, Instant.now()));
            if (!left.isNegative() && !left.isZero()) {
                Thread.sleep(left.toMillis());
            }
        }
    }

    @Test
    void aLicensesCodeShowsValidAndOnceItsDepartmentRevokedItRevokedInLargeTypeAtPhoneWidth() {
        String company = gateway.tokenOf("enterprise1");
        String licenseId = approvedFoodLicense(company, "番禺区市桥街光明北路31号");
        String code = qrAddressOf(licenseId, company);

        Page valid = browsers.openPhone().newPage();
        Response validAnswer = valid.navigate(onTheTestGateway(code));
        assertThat(validAnswer.status()).isEqualTo(200);
        assertThat(validAnswer.headerValue("content-type")).startsWith("text/html");
        assertVerdictReadableOnAPhone(valid, "有效");
        assertThat(valid.locator("dl").innerText()).contains(Filings.COMPANY_NAME, "二维码生成时间");

        // The issuing department revokes it: the same code, scanned again, says so.
        gateway.post(
                        "/api/licenses/" + licenseId + "/revocation",
                        gateway.tokenOf("approver1"),
                        Map.of("reason", "以欺骗手段取得许可"))
                .expect(200);
        Page revoked = browsers.openPhone().newPage();
        Response revokedAnswer = revoked.navigate(onTheTestGateway(code));

        assertThat(revokedAnswer.status()).isEqualTo(200);
        assertVerdictReadableOnAPhone(revoked, "已撤销");
        assertThat(revoked.locator("[role=status]").innerText()).contains("已被发证机关撤销");
    }

    @Test
    void aCodeThatIsNoCodeOfThePlatformShowsInvalid() {
        Page phone = browsers.openPhone().newPage();
        // base64url of "garbage": an address of the page, but no signed payload in it
        Response answer = phone.navigate(gatewayUrl + "/verify?p=Z2FyYmFnZQ");

        assertThat(answer.status()).isEqualTo(200);
        assertVerdictReadableOnAPhone(phone, "无效");
        assertThat(phone.locator("dl").count()).isZero();
    }

    /** The verdict in large type, the page in Chinese, nothing wider than the phone. */
    private static void assertVerdictReadableOnAPhone(Page phone, String verdict) {
        Locator headline = phone.locator("[role=status] strong");
        assertThat(headline.innerText()).isEqualTo(verdict);
        assertThat(headline.isVisible()).isTrue();
        double fontPixels =
                Double.parseDouble(((String) headline.evaluate("e => getComputedStyle(e).fontSize")).replace("px", ""));
        assertThat(fontPixels).as("the verdict's font size in CSS pixels").isGreaterThanOrEqualTo(28);
        assertThat(headline.evaluate("e => e.closest('[lang]').lang")).isEqualTo("zh-CN");
        assertThat(phone.title()).contains(verdict);

        Object innerWidth = phone.evaluate("() => window.innerWidth");
        Object scrollWidth = phone.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) innerWidth).intValue())
                .as("the phone's layout width")
                .isEqualTo(390);
        assertThat(((Number) scrollWidth).intValue())
                .as("no horizontal scrolling")
                .isLessThanOrEqualTo(((Number) innerWidth).intValue());
    }

    /** The address the license's QR code holds, as its holder gets it. */
    private static String qrAddressOf(String licenseId, String holder) {
        String address = gateway.get("/api/licenses/" + licenseId + "/qr", holder)
                .expect(200)
                .text("url");
        assertThat(URI.create(address).getPath()).isEqualTo("/verify");
        assertThat(URI.create(address).getRawQuery()).startsWith("p=");
        return address;
    }

    /**
     * The code's address as it is when it names the test's gateway, else its path and query there
     * (the platform under test gives e-license-service the default base URL, port 8080).
     */
    private static String onTheTestGateway(String address) {
        URI code = URI.create(address);
        URI test = URI.create(gatewayUrl);
        if (code.getHost().equals(test.getHost()) && code.getPort() == test.getPort()) {
            return address;
        }
        return gatewayUrl + code.getRawPath() + "?" + code.getRawQuery();
    }

    /** enterprise1's food license, from a complete application through acceptance, steps and approval. */
    private static String approvedFoodLicense(String company, String address) {
        String officer = gateway.tokenOf("officer1");
        String approver = gateway.tokenOf("approver1");
        uploadedAt = Instant.now();
        String caseId = Filings.completeFoodLicense(gateway, company, address);
        gateway.post("/api/approvals/cases/" + caseId + "/acceptance", officer, null)
                .expect(200);
        for (String[] step : new String[][] {{"review", "材料齐全"}, {"decide", "准予许可"}}) {
            gateway.post(
                            "/api/approvals/cases/" + caseId + "/steps",
                            approver,
                            Map.of("stepCode", step[0], "opinion", step[1]))
                    .expect(200);
        }
        String caseNumber = gateway.post("/api/approvals/cases/" + caseId + "/approval", approver, Map.of())
                .expect(200)
                .text("caseNumber");
        AtomicReference<String> licenseId = new AtomicReference<>();
        await("the license of case " + caseNumber + " in enterprise1's wallet")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    for (JsonNode license : gateway.get("/api/licenses/mine", company)
                            .expect(200)
                            .json()) {
                        if (caseNumber.equals(license.path("caseNumber").asString())) {
                            licenseId.set(license.path("id").asString());
                            return true;
                        }
                    }
                    return false;
                });
        return licenseId.get();
    }
}

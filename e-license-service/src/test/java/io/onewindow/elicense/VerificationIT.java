package io.onewindow.elicense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.elicense.approvalclient.ApprovalClient;
import io.onewindow.elicense.support.Approvals;
import io.onewindow.elicense.support.FakeApprovalService;
import io.onewindow.elicense.support.ServiceIT;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.codec.EventCodec;
import io.onewindow.platform.test.Callers;
import io.onewindow.platform.test.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Public verification as a verifier meets it: a company's name in full and a person's masked,
 * names in Chinese order, a QR code that is the verification address carrying the signed payload
 * (accepted whole, bare, or as the page's parameter), its age, and bad input labelled for what it is.
 */
@ServiceIT
class VerificationIT {

    static final String CITIZEN1 = "440113199003071235";
    static final String VERIFY = "/api/licenses/public/verify";

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    MutableClock clock;

    /** A license for citizen1 whose name approval-service composed given name first, as Keycloak does. */
    private String licenseForChenZhiqiang() throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        ApprovalClient.ApprovedCase facts = Approvals.foodBusinessLicenseFacts(
                caseId, "market-regulation", CITIZEN1, Instant.now().minusSeconds(60));
        ApprovalClient.ApprovedCase named = new ApprovalClient.ApprovedCase(
                facts.caseId(),
                facts.caseNumber(),
                facts.status(),
                facts.matterCode(),
                facts.matterName(),
                facts.matterVersion(),
                facts.department(),
                facts.licenseTypeCode(),
                facts.decidedBy(),
                facts.decidedAt(),
                "志强 陈",
                facts.holderCode(),
                facts.holderCodeType(),
                facts.faceData());
        FakeApprovalService.shared().knowsApproved(named);
        kafka.send(Topics.APPROVAL, caseId, codec.write(Approvals.envelope(Approvals.announced(named), Instant.now())))
                .get();
        await().atMost(Duration.ofSeconds(30)).until(() -> licenseOfCase(caseId) != null);
        return licenseOfCase(caseId).getString("_id");
    }

    private Document licenseOfCase(String caseId) {
        return mongo.findOne(Query.query(Criteria.where("caseId").is(caseId)), Document.class, "licenses");
    }

    private String identifierOf(String licenseId) {
        return mongo.findById(licenseId, Document.class, "licenses").getString("identifier");
    }

    private ResultActions verifyPayload(String payload) throws Exception {
        return mvc.perform(
                post(VERIFY).contentType(MediaType.APPLICATION_JSON).content("{\"payload\":\"" + payload + "\"}"));
    }

    private ResultActions verifyIdentifier(String identifier) throws Exception {
        return mvc.perform(post(VERIFY)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"identifier\":\"" + identifier + "\"}"));
    }

    private Map<String, String> qrOf(String licenseId) throws Exception {
        String body = mvc.perform(get("/api/licenses/" + licenseId + "/qr").with(Callers.citizen1()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Map.of("payload", JsonPath.read(body, "$.payload"), "url", JsonPath.read(body, "$.url"));
    }

    @Test
    void publicVerificationShowsACompanysNameInFullAndItsCreditCodeMasked() throws Exception {
        verifyIdentifier(identifierOf("lic-demo-enterprise1-business"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value("VALID"))
                .andExpect(jsonPath("$.holderName").value("广州番禺示例科技有限公司"))
                .andExpect(jsonPath("$.holderCode").value("914401********0166"))
                .andExpect(jsonPath("$.typeName").value("营业执照"));
    }

    @Test
    void publicVerificationMasksAPersonAfterTheFamilyNameAndTheHolderSeesTheNameInChineseOrder() throws Exception {
        String licenseId = licenseForChenZhiqiang();
        verifyIdentifier(identifierOf(licenseId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value("VALID"))
                .andExpect(jsonPath("$.holderName").value("陈**"))
                .andExpect(jsonPath("$.holderCode").value("440113********1235"));
        mvc.perform(get("/api/licenses/" + licenseId).with(Callers.citizen1()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.holderName").value("陈志强"));
        byte[] pdf = mvc.perform(get("/api/licenses/" + licenseId + "/pdf").with(Callers.citizen1()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("陈志强")
                    .doesNotContain("志强 陈")
                    .doesNotContain("?");
        }
    }

    @Test
    void theQrCodeIsTheVerificationAddressAndVerifiesWholeBareOrAsThePagesParameter() throws Exception {
        String licenseId = licenseForChenZhiqiang();
        Map<String, String> qr = qrOf(licenseId);
        String payload = qr.get("payload");
        String url = qr.get("url");
        assertThat(payload).startsWith("OWL2|" + identifierOf(licenseId) + "|").matches(".*\\+08:00\\|.*");
        assertThat(url).startsWith("http://127.0.0.1:8080/verify?p=");
        // the same code as printed before the gateway's short /verify address
        String printedEarlier = url.replace("/verify?", "/api/licenses/public/verify?");

        for (String scanned : List.of(url, payload, printedEarlier)) {
            verifyPayload(scanned)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.result").value("VALID"))
                    .andExpect(jsonPath("$.qrStatus").value("VALID"))
                    .andExpect(jsonPath("$.qrMadeAt").value(org.hamcrest.Matchers.endsWith("+08:00")))
                    .andExpect(jsonPath("$.warnings").isEmpty())
                    .andExpect(jsonPath("$.holderName").value("陈**"));
        }
        // What the phone's browser sends when it opens the address.
        mvc.perform(get(VERIFY).param("p", url.substring(url.indexOf("?p=") + 3)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value("VALID"));
        String madeAt =
                JsonPath.read(verifyPayload(url).andReturn().getResponse().getContentAsString(), "$.qrMadeAt");
        assertThat(OffsetDateTime.parse(madeAt).toInstant()).isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
    }

    @Test
    void aPhoneOpeningTheQrAddressSeesTheVerificationPageWhileProgramsStillGetJson() throws Exception {
        String licenseId = licenseForChenZhiqiang();
        String url = qrOf(licenseId).get("url");
        String p = url.substring(url.indexOf("?p=") + 3);
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

        String page = mvc.perform(get(VERIFY).param("p", p).header("Accept", browser))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("<strong>有效</strong>", "陈**", identifierOf(licenseId), "二维码生成时间")
                .doesNotContain("志强", "REVOKED");

        String forged = mvc.perform(get(VERIFY)
                        .param("identifier", "<script>alert(1)</script>")
                        .header("Accept", browser))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(forged).contains("<strong>无效</strong>", "&lt;script&gt;").doesNotContain("<script>");

        mvc.perform(get(VERIFY).header("Accept", browser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("按证照编号核验")));

        for (String program : List.of("*/*", "application/json")) {
            mvc.perform(get(VERIFY).param("p", p).header("Accept", program))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.result").value("VALID"));
        }
    }

    @Test
    void anOldQrCodeStillVerifiesOnlineButWarnsThatItIsOlderThanTheMaximumAge() throws Exception {
        String licenseId = licenseForChenZhiqiang();
        String url = qrOf(licenseId).get("url");
        try {
            clock.set(Instant.now().plus(Duration.ofDays(31)));
            verifyPayload(url)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.result").value("VALID"))
                    .andExpect(jsonPath("$.warnings[0]").value("qr-older-than-max-age"));
            clock.set(Instant.now().plus(Duration.ofDays(29)));
            verifyPayload(url).andExpect(jsonPath("$.warnings").isEmpty());
        } finally {
            clock.set(Instant.now());
        }
    }

    @Test
    void badVerificationInputIsLabelledForWhatItIs() throws Exception {
        String licenseId = licenseForChenZhiqiang();
        String identifier = identifierOf(licenseId);
        Map<String, String> qr = qrOf(licenseId);
        String url = qr.get("url");

        verifyIdentifier("garbage")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value("INVALID"))
                .andExpect(jsonPath("$.reason").value("format"));
        verifyIdentifier("1.2.156.3005.2.nonsense")
                .andExpect(jsonPath("$.reason").value("format"));
        String wrongCheck = identifier.substring(0, identifier.length() - 1) + (identifier.endsWith("A") ? "B" : "A");
        verifyIdentifier(wrongCheck)
                .andExpect(jsonPath("$.result").value("INVALID"))
                .andExpect(jsonPath("$.reason").value("check-character"));
        mvc.perform(get(VERIFY).param("identifier", "garbage"))
                .andExpect(jsonPath("$.reason").value("format"));

        verifyPayload("garbage")
                .andExpect(jsonPath("$.result").value("INVALID"))
                .andExpect(jsonPath("$.reason").value("malformed-payload"));
        verifyPayload(url.replace("127.0.0.1:8080", "verify.example.cn"))
                .andExpect(jsonPath("$.result").value("INVALID"))
                .andExpect(jsonPath("$.reason").value("foreign-address"))
                .andExpect(jsonPath("$.holderName").doesNotExist());
        verifyPayload(qr.get("payload").replace("|VALID|", "|REVOKED|"))
                .andExpect(jsonPath("$.result").value("INVALID"))
                .andExpect(jsonPath("$.reason").value("payload-signature"));
        mvc.perform(get(VERIFY).param("p", "Z2FyYmFnZQ"))
                .andExpect(jsonPath("$.reason").value("malformed-payload"));

        for (String blank : List.of("", "   ")) {
            verifyIdentifier(blank)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("validation"))
                    .andExpect(jsonPath("$.errors[0].field").value("identifier"));
            verifyPayload(blank)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("payload"));
            mvc.perform(get(VERIFY).param("identifier", blank)).andExpect(status().isBadRequest());
        }
        mvc.perform(get(VERIFY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("verification.exactly-one"));
        mvc.perform(get(VERIFY).param("identifier", identifier).param("p", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("verification.exactly-one"));
    }

    private static org.assertj.core.data.TemporalUnitOffset within(Duration d) {
        return org.assertj.core.api.Assertions.within(d.toSeconds(), java.time.temporal.ChronoUnit.SECONDS);
    }
}

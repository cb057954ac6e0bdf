package io.onewindow.approval.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.approval.support.Applications;
import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.approval.support.Matters;
import io.onewindow.platform.test.Callers;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/** Bad input is refused with problem+json before anything is written. */
class BadInputIT extends ApprovalIntegrationTest {

    @LocalServerPort
    int port;

    private String matter;
    private long casesBefore;
    private long filesBefore;
    private long correctionsBefore;

    @BeforeEach
    void countWhatIsStored() {
        clock.setTo("2026-03-02");
        matter = published(Matters.foodLicense(freshCode("IT-BAD"))).code();
        casesBefore = mongo.getCollection("cases").countDocuments();
        filesBefore = mongo.getCollection("fs.files").countDocuments();
    }

    private ResultActions submitting(String json) throws Exception {
        return mvc.perform(post("/api/approvals/cases")
                .with(Callers.citizen1())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private void nothingWritten() {
        assertThat(mongo.getCollection("cases").countDocuments()).isEqualTo(casesBefore);
        assertThat(mongo.getCollection("fs.files").countDocuments()).isEqualTo(filesBefore);
    }

    @Test
    void refusesMalformedJson() throws Exception {
        submitting("{\"matterCode\":")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("malformed-body"));
        nothingWritten();
    }

    @Test
    void refusesWrongTypes() throws Exception {
        submitting("{\"matterCode\":\"%s\",\"materials\":\"all of them\"}".formatted(matter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("wrong-type"));
        nothingWritten();
    }

    @Test
    void refusesUnknownFieldsSuchAsAnApplicantIdSmuggledIntoTheBody() throws Exception {
        submitting("{\"matterCode\":\"%s\",\"materials\":[],\"idNumber\":\"440113200002290028\"}".formatted(matter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unknown-field"));
        nothingWritten();
    }

    @Test
    void refusesOperatorsInValues() throws Exception {
        submitting("{\"matterCode\":\"$ne\",\"materials\":[]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("matterCode"));
        submitting("{\"matterCode\":\"%s\",\"materials\":[],\"formData\":{\"$where\":\"1\"}}".formatted(matter))
                .andExpect(status().isBadRequest());
        submitting("{\"matterCode\":\"%s\",\"materials\":[],\"formData\":{\"data.state\":\"1\"}}".formatted(matter))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/approvals/public/matters").param("department[$ne]", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("operator-in-input"));
        nothingWritten();
    }

    @Test
    void refusesPrincipalWithAWrongCheckDigit() throws Exception {
        mvc.perform(post("/api/approvals/cases")
                        .with(Callers.agent1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"matterCode":"%s","principal":{"name":"王五","idNumber":"440113199003071230"},"materials":[]}""".formatted(matter)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("principal.idNumber"));
        nothingWritten();
    }

    @Test
    void refusesAPrincipalBornInTheFutureNamingTheFieldInTheCallersLanguage() throws Exception {
        String bornIn2099 = withCheckCharacter("44011320990101123");
        String body = """
                {"matterCode":"%s","principal":{"name":"王五","idNumber":"%s"},"materials":[]}""".formatted(matter, bornIn2099);
        mvc.perform(post("/api/approvals/cases")
                        .with(Callers.agent1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Language", "zh-CN"))
                .andExpect(jsonPath("$.errors[0].field").value("principal.idNumber"))
                .andExpect(jsonPath("$.errors[0].message").value("须为有效的居民身份证号码（GB 11643）"));
        mvc.perform(post("/api/approvals/cases")
                        .with(Callers.agent1())
                        .header("Accept-Language", "en-US")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Language", "en"))
                .andExpect(jsonPath("$.errors[0].field").value("principal.idNumber"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a valid resident ID number (GB 11643)"));
        nothingWritten();
    }

    /** GB 11643: the 18th character from the weighted sum of the first 17 digits. */
    private static String withCheckCharacter(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    @Test
    void refusesUnknownMatterAndUnknownCase() throws Exception {
        submitting("{\"matterCode\":\"NO-SUCH-MATTER\",\"materials\":[]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("application.unknown-matter"));
        mvc.perform(get("/api/approvals/cases/" + UUID.randomUUID()).with(Callers.officer1()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/approvals/public/matters/NO-SUCH-MATTER")).andExpect(status().isNotFound());
        nothingWritten();
    }

    @Test
    void refusesOversizeJsonBody() throws Exception {
        String huge = "x".repeat(1_100_000);
        submitting("{\"matterCode\":\"%s\",\"materials\":[],\"enterpriseName\":\"%s\"}".formatted(matter, huge))
                .andExpect(status().isPayloadTooLarge());
        nothingWritten();
    }

    @Test
    void refusesAnExecutableUploadedAsPdf() throws Exception {
        MockMultipartFile exe = new MockMultipartFile(
                "file", "licence.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0, 1, 2, 3, 4});
        mvc.perform(multipart("/api/approvals/files").file(exe).with(Callers.citizen1()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("material.content-mismatch"));
        MockMultipartFile zip = new MockMultipartFile(
                "file", "a.zip", "application/zip", "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1));
        mvc.perform(multipart("/api/approvals/files").file(zip).with(Callers.citizen1()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("material.unsupported-type"));
        MockMultipartFile undeclaredExe = new MockMultipartFile(
                "file", "licence.pdf", "application/octet-stream", new byte[] {'M', 'Z', 0, 0, 1, 2, 3, 4});
        mvc.perform(multipart("/api/approvals/files").file(undeclaredExe).with(Callers.citizen1()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("material.unsupported-type"));
        nothingWritten();
    }

    @Test
    void refusesUploadOverTheMultipartLimitAtTheServer() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String boundary = "----onewindow";
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(new byte[100 * 1024]);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/approvals/files"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        // The request guard reads parameters before security, so the container's multipart limit answers first.
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("payload-too-large");
        MockMultipartFile big = new MockMultipartFile("file", "big.pdf", "application/pdf", withPdfHead(100 * 1024));
        mvc.perform(multipart("/api/approvals/files").file(big).with(Callers.citizen1()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("material.too-large"));
        nothingWritten();
    }

    @Test
    void refusesCorrectionWithoutItemsAndLeavesTheCaseAsItWas() throws Exception {
        String caseId = new Applications(mvc).completeFoodLicense(Callers.citizen1(), matter);
        Long version = mongo.findById(caseId, org.bson.Document.class, "cases").getLong("version");

        mvc.perform(post("/api/approvals/cases/" + caseId + "/corrections")
                        .with(Callers.officer1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\":[]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/approvals/cases/" + caseId + "/corrections")
                        .with(Callers.officer1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\":[{\"materialCode\":\"fire-permit\",\"problem\":\"缺少\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("correction.unknown-material"));

        org.bson.Document after = mongo.findById(caseId, org.bson.Document.class, "cases");
        assertThat(after.get("data", org.bson.Document.class).getList("corrections", Object.class))
                .isEmpty();
        assertThat(after.getLong("version")).isGreaterThanOrEqualTo(version);
        assertThat(after.getString("state")).isEqualTo("PRE_REVIEW");
    }

    private static byte[] withPdfHead(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        return bytes;
    }
}

package io.onewindow.approval.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.approval.ApprovalServiceApplication;
import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.approval.support.Matters;
import io.onewindow.platform.test.KeycloakTestServer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code Idempotency-Key} on case filing and uploads with real Keycloak tokens: a retried filing
 * creates one case, whatever the network did to the first answer.
 */
class IdempotentFilingIT extends ApprovalIntegrationTest {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private String matter;

    private static String bearer(String user) {
        return "Bearer "
                + TOKENS.computeIfAbsent(user, u -> KeycloakTestServer.shared().demoUserToken(u));
    }

    @BeforeEach
    void matter() {
        clock.setTo("2026-06-01");
        matter = published(Matters.foodLicense(freshCode("IT-IK"))).code();
    }

    private ResultActions file(String user, String key, String json) throws Exception {
        return mvc.perform(post("/api/approvals/cases")
                .header(HttpHeaders.AUTHORIZATION, bearer(user))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private ResultActions upload(String user, String key, String content) throws Exception {
        MockMultipartFile file = new MockMultipartFile(
                "file", "layout.pdf", "application/pdf", ("%PDF-1.7\n" + content).getBytes(StandardCharsets.US_ASCII));
        return mvc.perform(multipart("/api/approvals/files")
                .file(file)
                .header(HttpHeaders.AUTHORIZATION, bearer(user))
                .header("Idempotency-Key", key));
    }

    private static String idOf(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
    }

    private long cases() {
        return mongo.getCollection(ApprovalServiceApplication.CASES).countDocuments();
    }

    private String filing(String fileId) {
        return """
                {"matterCode":"%s","materials":[{"materialCode":"layout","fileId":"%s"}]}""".formatted(matter, fileId);
    }

    @Test
    void theSameKeyAndFilingSentTwiceCreatesOneCaseAndAnswersItTwice() throws Exception {
        String key = "filing-" + UUID.randomUUID();
        String fileId = idOf(upload("citizen1", "upload-" + key, "one").andExpect(status().isCreated()));
        long before = cases();

        String first = idOf(file("citizen1", key, filing(fileId))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed")));
        String retried = idOf(file("citizen1", key, filing(fileId))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true")));

        assertThat(retried).isEqualTo(first);
        assertThat(cases()).isEqualTo(before + 1);
    }

    @Test
    void theSameKeyWithAnotherFilingIsRefusedWith422AndFilesNothing() throws Exception {
        String key = "filing-" + UUID.randomUUID();
        String fileId = idOf(upload("citizen1", "upload-" + key, "two").andExpect(status().isCreated()));
        String other = idOf(upload("citizen1", "upload-other-" + key, "three").andExpect(status().isCreated()));
        file("citizen1", key, filing(fileId)).andExpect(status().isCreated());
        long before = cases();

        file("citizen1", key, filing(other))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:idempotency-key-reused"));

        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void withoutAKeyTwoFilingsAreTwoCases() throws Exception {
        String fileId =
                idOf(upload("citizen1", "upload-" + UUID.randomUUID(), "four").andExpect(status().isCreated()));
        long before = cases();
        String body = filing(fileId);
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/approvals/cases")
                            .header(HttpHeaders.AUTHORIZATION, bearer("citizen1"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isCreated());
        }
        assertThat(cases()).isEqualTo(before + 2);
    }

    @Test
    void anotherPersonsSameKeyIsTheirOwnFiling() throws Exception {
        String key = "filing-" + UUID.randomUUID();
        String mine = idOf(file(
                        "citizen1",
                        key,
                        filing(idOf(upload("citizen1", "upload-" + key, "five").andExpect(status().isCreated()))))
                .andExpect(status().isCreated()));

        String theirs = idOf(file(
                        "citizen2",
                        key,
                        filing(idOf(upload("citizen2", "upload-" + key, "six").andExpect(status().isCreated()))))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed")));

        assertThat(theirs).isNotEqualTo(mine);
    }

    @Test
    void aRetriedUploadWithTheSameKeyStoresOneFile() throws Exception {
        String key = "upload-" + UUID.randomUUID();
        String first = idOf(upload("citizen1", key, "seven").andExpect(status().isCreated()));
        String retried = idOf(upload("citizen1", key, "seven")
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true")));
        assertThat(retried).isEqualTo(first);

        upload("citizen1", key, "eight").andExpect(status().isUnprocessableContent());
    }
}

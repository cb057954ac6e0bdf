package io.onewindow.approval.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.onewindow.approval.ApprovalServiceApplication;
import io.onewindow.approval.support.ApprovalIntegrationTest;
import io.onewindow.approval.support.Matters;
import io.onewindow.platform.test.KeycloakTestServer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Filing needs an account confirmed at a window (the setting's default), with real Keycloak tokens:
 * citizen3's self-declared account is refused 403 with the levels named and nothing written; once
 * her account is window-confirmed (what an officer's confirmation at a window sets), her next token
 * files.
 */
class RealNameFilingIT extends ApprovalIntegrationTest {

    private final KeycloakTestServer keycloak = KeycloakTestServer.shared();
    private String matter;

    @BeforeEach
    void selfDeclaredCitizen3AndAMatter() {
        clock.setTo("2026-06-01");
        matter = published(Matters.foodLicense(freshCode("IT-RN"))).code();
        keycloak.setRealNameLevel("citizen3", "self-declared");
    }

    @AfterEach
    void citizen3BackToSelfDeclared() {
        keycloak.setRealNameLevel("citizen3", "self-declared");
    }

    private ResultActions file(String token, String fileId) throws Exception {
        return mvc.perform(post("/api/approvals/cases")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"matterCode":"%s","materials":[{"materialCode":"layout","fileId":"%s"}]}""".formatted(matter, fileId)));
    }

    private String upload(String token) throws Exception {
        MockMultipartFile file = new MockMultipartFile(
                "file", "layout.pdf", "application/pdf", "%PDF-1.7\nlayout".getBytes(StandardCharsets.US_ASCII));
        return JsonPath.read(
                mvc.perform(multipart("/api/approvals/files")
                                .file(file)
                                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8),
                "$.id");
    }

    private long cases() {
        return mongo.getCollection(ApprovalServiceApplication.CASES).countDocuments();
    }

    @Test
    void aSelfDeclaredAccountCannotFileAndNothingIsWritten() throws Exception {
        String token = keycloak.demoUserToken("citizen3");
        String fileId = upload(token);
        long before = cases();

        file(token, fileId)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:real-name-level-insufficient"))
                .andExpect(jsonPath("$.requiredLevel").value("window-confirmed"))
                .andExpect(jsonPath("$.heldLevel").value("self-declared"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("window-confirmed")));

        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void afterTheWindowConfirmationTheNextTokenFiles() throws Exception {
        String selfDeclared = keycloak.demoUserToken("citizen3");
        String fileId = upload(selfDeclared);
        file(selfDeclared, fileId).andExpect(status().isForbidden());

        keycloak.setRealNameLevel("citizen3", "window-confirmed");
        // the token she holds still says self-declared: the level counts from her next token
        file(selfDeclared, fileId).andExpect(status().isForbidden());
        long before = cases();

        file(keycloak.demoUserToken("citizen3"), fileId)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.matterCode").value(matter));
        assertThat(cases()).isEqualTo(before + 1);
    }

    @Test
    void aWindowConfirmedCitizenFiles() throws Exception {
        String citizen1 = keycloak.demoUserToken("citizen1");
        file(citizen1, upload(citizen1)).andExpect(status().isCreated());
    }
}

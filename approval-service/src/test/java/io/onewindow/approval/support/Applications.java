package io.onewindow.approval.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Filing applications through the API, as the story of a test needs them. */
public final class Applications {

    public static final String BUSINESS_LICENSE_ID =
            "1.2.156.3005.2.11100000000013338W001.91440113MA5D000166.2026000001.001.9";

    private final MockMvc mvc;

    public Applications(MockMvc mvc) {
        this.mvc = mvc;
    }

    public String upload(RequestPostProcessor who, String name) throws Exception {
        MockMultipartFile file = new MockMultipartFile(
                "file", name, "application/pdf", ("%PDF-1.7\n" + name).getBytes(StandardCharsets.US_ASCII));
        String body = mvc.perform(multipart("/api/approvals/files").file(file).with(who))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    /** A complete food-license application by {@code who} for themselves; pre-review passes. */
    public String completeFoodLicense(RequestPostProcessor who, String matterCode) throws Exception {
        String layout = upload(who, "layout.pdf");
        String rules = upload(who, "rules.pdf");
        return submit(who, """
                {"matterCode":"%s","materials":[{"materialCode":"business-license","licenseIdentifier":"%s"},
                 {"materialCode":"layout","fileId":"%s"},{"materialCode":"safety-rules","fileId":"%s"}]}""".formatted(matterCode, BUSINESS_LICENSE_ID, layout, rules));
    }

    public String submit(RequestPostProcessor who, String json) throws Exception {
        String body = mvc.perform(post("/api/approvals/cases")
                        .with(who)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}

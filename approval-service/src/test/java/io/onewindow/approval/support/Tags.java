package io.onewindow.approval.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.platform.test.Callers;
import org.springframework.test.web.servlet.MockMvc;

/** The current {@code ETag} of a mutable approval resource, as an administrator reads it before an update. */
public final class Tags {

    private Tags() {}

    /** Of a matter version (a draft is revised with it). */
    public static String ofVersion(MockMvc mvc, String code, int version) throws Exception {
        return read(mvc, "/api/approvals/catalog/matters/" + code + "/versions/" + version);
    }

    /** Of a registered department. */
    public static String ofDepartment(MockMvc mvc, String code) throws Exception {
        return read(mvc, "/api/approvals/departments/" + code);
    }

    private static String read(MockMvc mvc, String path) throws Exception {
        return mvc.perform(get(path).with(Callers.admin1()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
    }
}

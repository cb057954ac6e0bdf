package io.onewindow.appointment.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.platform.test.Callers;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Posts a staff member at windows of a hall through the admin API, as a platform administrator would. */
public final class Staff {

    private Staff() {}

    /**
     * The {@code If-Match} an administrator sends to replace {@code username}'s posts: the ETag of his
     * posts as read now, none when he was never posted (the PUT creates them).
     */
    public static HttpHeaders ifMatch(MockMvc mvc, String username) throws Exception {
        MockHttpServletResponse read = mvc.perform(
                        get("/api/appointments/admin/staff/" + username).with(Callers.admin1()))
                .andReturn()
                .getResponse();
        HttpHeaders headers = new HttpHeaders();
        if (read.getStatus() == 200) {
            headers.setIfMatch(read.getHeader(HttpHeaders.ETAG));
        }
        return headers;
    }

    /** Posts {@code username} of {@code department} at {@code windows} of {@code servicePointId} (all his posts). */
    public static void post(MockMvc mvc, String username, String department, String servicePointId, String... windows)
            throws Exception {
        String posts = Arrays.stream(windows)
                .map(w -> "{\"servicePointId\":\"" + servicePointId + "\",\"window\":\"" + w + "\"}")
                .collect(Collectors.joining(","));
        mvc.perform(put("/api/appointments/admin/staff/" + username)
                        .headers(ifMatch(mvc, username))
                        .with(Callers.admin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"department\":\"" + department + "\",\"posts\":[" + posts + "]}"))
                .andExpect(status().isOk());
    }
}

package io.onewindow.appointment.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.platform.test.Callers;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Posts a staff member at windows of a hall through the admin API, as a platform administrator would. */
public final class Staff {

    private Staff() {}

    /** Posts {@code username} of {@code department} at {@code windows} of {@code servicePointId} (all his posts). */
    public static void post(MockMvc mvc, String username, String department, String servicePointId, String... windows)
            throws Exception {
        String posts = Arrays.stream(windows)
                .map(w -> "{\"servicePointId\":\"" + servicePointId + "\",\"window\":\"" + w + "\"}")
                .collect(Collectors.joining(","));
        mvc.perform(put("/api/appointments/admin/staff/" + username)
                        .with(Callers.admin1())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"department\":\"" + department + "\",\"posts\":[" + posts + "]}"))
                .andExpect(status().isOk());
    }
}

package io.onewindow.appointment.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.platform.test.Callers;
import org.springframework.test.web.servlet.MockMvc;

/** The registry's current {@code ETag} of a service point, as an administrator reads it before an update. */
public final class RegistryTags {

    public static final String BASE = "/api/appointments/admin/service-points/";

    private RegistryTags() {}

    public static String current(MockMvc mvc, String pointId) throws Exception {
        return mvc.perform(get(BASE + pointId).with(Callers.admin1()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
    }
}

package io.onewindow.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.console.support.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"local", "console-test"})
class ConsoleSecurityTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aStaffPageWithoutLoginStartsTheKeycloakLogin() throws Exception {
        mvc.perform(get("/console/"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/oauth2/authorization/keycloak"));
    }

    @Test
    void theLoginAsksKeycloakForACodeWithAPkceChallenge() throws Exception {
        mvc.perform(get("/console/oauth2/authorization/keycloak"))
                .andExpect(status().isFound())
                .andExpect(header().string(
                                "Location",
                                containsString("http://keycloak.test/realms/onewindow/protocol/openid-connect/auth")))
                .andExpect(header().string("Location", containsString("code_challenge_method=S256")))
                .andExpect(header().string("Location", containsString("client_id=onewindow-console")))
                .andExpect(header().string(
                                "Location",
                                containsString("redirect_uri=http://localhost/console/login/oauth2/code/keycloak")));
    }

    @Test
    void aPartialUpdateWhoseSessionEndedIsToldToLoadTheLoginAsAPage() throws Exception {
        mvc.perform(get("/console/workbench").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/console/oauth2/authorization/keycloak"));
    }

    @Test
    void pathsOutsideTheConsoleAndTheBoardAreRefused() throws Exception {
        mvc.perform(get("/api/appointments/mine").with(Staff.officer())).andExpect(status().isForbidden());
    }

    @Test
    void anOfficerSeesTheWorkbenchAndNoOtherDesk() throws Exception {
        mvc.perform(get("/console/").with(Staff.officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("梁文杰")))
                .andExpect(content().string(containsString("href=\"/console/workbench\"")))
                .andExpect(content().string(not(containsString("href=\"/console/inbox\""))))
                .andExpect(content().string(not(containsString("href=\"/console/inspection\""))))
                .andExpect(content().string(not(containsString("href=\"/console/admin\""))));
    }

    @Test
    void anInspectorSeesTheInspectionDeskOnly() throws Exception {
        mvc.perform(get("/console/").with(Staff.inspector()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/console/inspection\"")))
                .andExpect(content().string(not(containsString("href=\"/console/workbench\""))));
    }

    @Test
    void aCitizenHasNoDeskAndIsPointedToThePortal() throws Exception {
        mvc.perform(get("/console/").with(Staff.citizen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("您的账号没有可用的工作台")))
                .andExpect(content().string(not(containsString("href=\"/console/workbench\""))));
    }

    @Test
    void everyPageForbidsFramingAndForeignScripts() throws Exception {
        mvc.perform(get("/console/").with(Staff.officer()))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")));
    }

    @Test
    void theLogoutFormCarriesItsCsrfToken() throws Exception {
        mvc.perform(get("/console/").with(Staff.officer()))
                .andExpect(content().string(containsString("action=\"/console/logout\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void logoutWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/console/logout").with(Staff.officer())).andExpect(status().isForbidden());
        mvc.perform(post("/console/logout").with(Staff.officer()).with(csrf())).andExpect(status().isFound());
    }

    @Test
    void theConsolesScriptsAreServedWithoutLogin() throws Exception {
        mvc.perform(get("/console/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/console/assets/console.css")).andExpect(status().isOk());
    }
}

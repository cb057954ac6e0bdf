package io.onewindow.console.admin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.console.support.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"local", "console-test"})
class AdminStartPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aCatalogAdminIsOfferedTheCatalogOnly() throws Exception {
        mvc.perform(get("/console/admin").with(Staff.catalogAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/console/admin/catalog\"")))
                .andExpect(content().string(not(containsString("href=\"/console/admin/service-points\""))))
                .andExpect(content().string(not(containsString("href=\"/console/admin/staff\""))))
                .andExpect(content().string(not(containsString("href=\"/console/admin/calendar\""))));
    }

    @Test
    void aDepartmentAdminIsOfferedTheCatalogServicePointsAndStaffButNotTheCalendar() throws Exception {
        mvc.perform(get("/console/admin").with(Staff.deptAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/console/admin/catalog\"")))
                .andExpect(content().string(containsString("href=\"/console/admin/service-points\"")))
                .andExpect(content().string(containsString("href=\"/console/admin/staff\"")))
                .andExpect(content().string(not(containsString("href=\"/console/admin/calendar\""))));
    }

    @Test
    void aPlatformAdminIsOfferedEverySubPage() throws Exception {
        mvc.perform(get("/console/admin").with(Staff.platformAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/console/admin/catalog\"")))
                .andExpect(content().string(containsString("href=\"/console/admin/service-points\"")))
                .andExpect(content().string(containsString("href=\"/console/admin/calendar\"")));
    }

    @Test
    void theHomePageLinksTheDeskForEachAdminRoleOnly() throws Exception {
        for (RequestPostProcessor admin :
                new RequestPostProcessor[] {Staff.catalogAdmin(), Staff.deptAdmin(), Staff.platformAdmin()}) {
            mvc.perform(get("/console/").with(admin))
                    .andExpect(content().string(containsString("href=\"/console/admin\"")));
        }
        mvc.perform(get("/console/").with(Staff.approver()))
                .andExpect(content().string(not(containsString("href=\"/console/admin\""))));
    }

    @Test
    void otherRolesAreRefusedAndAnonymousIsSentToTheLogin() throws Exception {
        for (RequestPostProcessor other :
                new RequestPostProcessor[] {Staff.officer(), Staff.approver(), Staff.inspector(), Staff.citizen()}) {
            mvc.perform(get("/console/admin").with(other)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/console/admin"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/console/oauth2/authorization/keycloak"));
    }
}

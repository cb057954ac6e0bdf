package io.onewindow.elicense;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.elicense.support.ServiceIT;
import io.onewindow.platform.test.KeycloakTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The license wallet needs an account confirmed at a window (the setting's default), with real
 * Keycloak tokens: citizen3's self-declared account reads nothing (403, levels named), a
 * window-confirmed citizen reads her wallet, and citizen3's next token after her confirmation does.
 */
@ServiceIT
class RealNameWalletIT {

    @Autowired
    MockMvc mvc;

    private final KeycloakTestServer keycloak = KeycloakTestServer.shared();

    @AfterEach
    void citizen3BackToSelfDeclared() {
        keycloak.setRealNameLevel("citizen3", "self-declared");
    }

    private ResultActions wallet(String token, String path) throws Exception {
        return mvc.perform(get("/api/licenses" + path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
    }

    @Test
    void aSelfDeclaredAccountReadsNoWalletNorAnyLicenseOfIt() throws Exception {
        keycloak.setRealNameLevel("citizen3", "self-declared");
        String token = keycloak.demoUserToken("citizen3");
        for (String path : new String[] {"/mine", "/LIC-unknown", "/LIC-unknown/qr", "/LIC-unknown/pdf"}) {
            wallet(token, path)
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("urn:onewindow:problem:real-name-level-insufficient"))
                    .andExpect(jsonPath("$.requiredLevel").value("window-confirmed"))
                    .andExpect(jsonPath("$.heldLevel").value("self-declared"));
        }
    }

    @Test
    void aWindowConfirmedAccountReadsItsWallet() throws Exception {
        wallet(keycloak.demoUserToken("citizen1"), "/mine").andExpect(status().isOk());
    }

    @Test
    void afterTheConfirmationTheNextTokenReadsTheWallet() throws Exception {
        keycloak.setRealNameLevel("citizen3", "self-declared");
        String before = keycloak.demoUserToken("citizen3");
        keycloak.setRealNameLevel("citizen3", "window-confirmed");
        wallet(before, "/mine").andExpect(status().isForbidden());
        wallet(keycloak.demoUserToken("citizen3"), "/mine").andExpect(status().isOk());
    }
}

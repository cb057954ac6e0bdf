package io.onewindow.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.events.Event;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RealmProvider;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserProvider;

class RegistrationEventListenerTest {

    private final KeycloakSession session = mock(KeycloakSession.class);
    private final RealmModel realm = mock(RealmModel.class);
    private final UserModel user = mock(UserModel.class);
    private final RoleModel citizen = mock(RoleModel.class);
    private final RoleModel enterprise = mock(RoleModel.class);
    private final List<String> requests = new ArrayList<>();
    private HttpServer identityService;

    @BeforeEach
    void newCitizenZhangSan() {
        RealmProvider realms = mock(RealmProvider.class);
        UserProvider users = mock(UserProvider.class);
        when(session.realms()).thenReturn(realms);
        when(session.users()).thenReturn(users);
        when(realms.getRealm("realm-id")).thenReturn(realm);
        when(users.getUserById(realm, "user-id")).thenReturn(user);
        when(realm.getRole("citizen")).thenReturn(citizen);
        when(realm.getRole("enterprise")).thenReturn(enterprise);
        when(user.getId()).thenReturn("user-id");
        when(user.getFirstAttribute("account_type")).thenReturn("citizen");
        when(user.getFirstAttribute("id_number")).thenReturn(ValidatorFixtures.GOOD_ID_NUMBER);
        when(user.getLastName()).thenReturn("张");
        when(user.getFirstName()).thenReturn("三");
    }

    @AfterEach
    void stopIdentityService() {
        if (identityService != null) {
            identityService.stop(0);
        }
    }

    @Test
    void grantsTheRoleOfTheAccountTypeAndMarksTheLevelSelfDeclared() {
        listener(null).onEvent(event(EventType.REGISTER));

        verify(user).grantRole(citizen);
        verify(user).setSingleAttribute(RealNameLevels.ATTRIBUTE, RealNameLevels.SELF_DECLARED);
        verify(user, never()).setSingleAttribute(RealNameLevels.ATTRIBUTE, RealNameLevels.AUTHORITATIVE);
    }

    @Test
    void grantsTheEnterpriseRoleToACompany() {
        when(user.getFirstAttribute("account_type")).thenReturn("enterprise");

        listener(null).onEvent(event(EventType.REGISTER));

        verify(user).grantRole(enterprise);
        verify(user, never()).grantRole(citizen);
    }

    @Test
    void grantsNoRoleThatIsNotAnAccountType() {
        when(user.getFirstAttribute("account_type")).thenReturn("platform-admin");
        when(realm.getRole("platform-admin")).thenReturn(mock(RoleModel.class));

        listener(null).onEvent(event(EventType.REGISTER));

        verify(user, never()).grantRole(any());
        verify(user).setSingleAttribute(RealNameLevels.ATTRIBUTE, RealNameLevels.SELF_DECLARED);
    }

    @Test
    void ignoresEveryOtherEvent() {
        listener(null).onEvent(event(EventType.LOGIN));

        verify(user, never()).grantRole(any());
        verify(user, never()).setSingleAttribute(anyString(), anyString());
    }

    @Test
    void marksTheLevelAuthoritativeWhenTheIdentityServiceConfirms() throws IOException {
        String url = startIdentityService(200, "{\"match\":true}");

        listener(url).onEvent(event(EventType.REGISTER));

        verify(user).setSingleAttribute(RealNameLevels.ATTRIBUTE, RealNameLevels.AUTHORITATIVE);
        assertThat(requests)
                .containsExactly(
                        "POST /verifications Bearer-secret {\"name\":\"张三\",\"idNumber\":\"440113199003071235\"}");
    }

    @Test
    void staysSelfDeclaredWhenTheServiceFindsNoMatch() throws IOException {
        String url = startIdentityService(200, "{\"match\":false}");

        listener(url).onEvent(event(EventType.REGISTER));

        verify(user, never()).setSingleAttribute(RealNameLevels.ATTRIBUTE, RealNameLevels.AUTHORITATIVE);
        assertThat(requests).hasSize(1);
    }

    @Test
    void staysSelfDeclaredWhenTheServiceFailsOrAnswersSomethingElse() throws IOException {
        String url = startIdentityService(500, "{\"match\":true}");
        listener(url).onEvent(event(EventType.REGISTER));
        identityService.stop(0);
        String text = startIdentityService(200, "\"match\":true");
        listener(text).onEvent(event(EventType.REGISTER));

        verify(user, never()).setSingleAttribute(RealNameLevels.ATTRIBUTE, RealNameLevels.AUTHORITATIVE);
        verify(user, org.mockito.Mockito.times(2)).grantRole(citizen);
    }

    @Test
    void staysSelfDeclaredWhenTheServiceIsNotThere() throws IOException {
        String url = startIdentityService(200, "{\"match\":true}");
        identityService.stop(0);
        identityService = null;

        listener(url).onEvent(event(EventType.REGISTER));

        verify(user).grantRole(citizen);
        verify(user, never()).setSingleAttribute(RealNameLevels.ATTRIBUTE, RealNameLevels.AUTHORITATIVE);
    }

    private RegistrationEventListener listener(String identityServiceUrl) {
        return new RegistrationEventListener(
                session,
                identityServiceUrl == null
                        ? null
                        : new IdentityVerification(identityServiceUrl + "/", "secret", Duration.ofSeconds(2)));
    }

    private String startIdentityService(int status, String answer) throws IOException {
        identityService = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        identityService.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " "
                    + exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization").replace(' ', '-') + " " + body);
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        identityService.start();
        return "http://127.0.0.1:" + identityService.getAddress().getPort();
    }

    private static Event event(EventType type) {
        Event event = new Event();
        event.setType(type);
        event.setRealmId("realm-id");
        event.setUserId("user-id");
        return event;
    }
}

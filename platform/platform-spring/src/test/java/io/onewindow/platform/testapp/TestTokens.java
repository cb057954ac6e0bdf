package io.onewindow.platform.testapp;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Signs Keycloak-shaped access tokens for the platform library's own tests. */
public final class TestTokens {

    static final RSAKey KEY = generate();

    private TestTokens() {}

    /** The public key the tokens of this run are signed with. */
    public static java.security.interfaces.RSAPublicKey publicKey() {
        try {
            return KEY.toRSAPublicKey();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String citizen() {
        return token("citizen1", List.of("citizen"), null, "440113199003071235");
    }

    public static String admin() {
        return token("admin1", List.of("platform-admin"), "district-admin-service", "440113200002290028");
    }

    public static String token(String username, List<String> roles, String department, String idNumber) {
        return token(username, roles, department, idNumber, claims -> {});
    }

    /**
     * A token shaped like Keycloak's access token of {@code onewindow-cli} ({@code typ} Bearer,
     * {@code aud} onewindow-api, {@code azp} onewindow-cli), with {@code change} applied last (to
     * make an ID token, another client's token, one without the audience …).
     */
    public static String token(
            String username,
            List<String> roles,
            String department,
            String idNumber,
            Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject("sub-" + username)
                .issuer("http://127.0.0.1/realms/onewindow")
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .claim("preferred_username", username)
                .claim("typ", "Bearer")
                .audience(List.of("onewindow-api", "account"))
                .claim("azp", "onewindow-cli")
                .claim("realm_access", Map.of("roles", roles))
                .claim("id_number", idNumber);
        if (department != null) {
            claims.claim("department", department);
        }
        change.accept(claims);
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(KEY.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims.build());
            jwt.sign(new RSASSASigner(KEY));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** citizen1's token with {@code change} applied to its claims. */
    public static String citizenWith(Consumer<JWTClaimsSet.Builder> change) {
        return token("citizen1", List.of("citizen"), null, "440113199003071235", change);
    }

    /** The same token with its payload changed (roles raised) and the old signature kept. */
    public static String forgedAdminFrom(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String raised = payload.replace("\"citizen\"", "\"platform-admin\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(raised.getBytes()) + "."
                + parts[2];
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("test").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

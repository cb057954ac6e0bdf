package io.onewindow.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Tokens shaped like Keycloak's (realm roles, id_number, department, azp), signed by a local RSA
 * key, so that a scenario can act as thousands of citizens without a Keycloak user each. The
 * services and the gateway, in child processes, trust the key through their public setting
 * {@code spring.security.oauth2.resourceserver.jwt.public-key-location} (see
 * {@link #writePublicKey(Path)} and {@link BenchPlatform}).
 */
public final class BenchTokens {

    /** The {@code iss} of every bench token. */
    public static final String ISSUER = "http://127.0.0.1/bench";

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private final KeyPair keys;

    public BenchTokens() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public RSAPublicKey publicKey() {
        return (RSAPublicKey) keys.getPublic();
    }

    /** Writes the public key as a PEM file, the form Spring Boot's {@code public-key-location} reads. */
    public Path writePublicKey(Path file) throws IOException {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        Files.writeString(file, pem);
        return file;
    }

    /** A valid GB 11643 ID number for bench person {@code n}. */
    public static String idNumber(int n) {
        String birth = LocalDate.of(1960, 1, 1).plusDays(n / 1000).format(DateTimeFormatter.BASIC_ISO_DATE);
        String body = "440113" + birth + String.format("%03d", n % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK.charAt(sum % 11);
    }

    /** A bearer token of citizen {@code n}, valid for an hour of wall-clock time. */
    public String citizen(int n) {
        return sign(new JWTClaimsSet.Builder()
                .subject("bench-citizen-" + n)
                .claim("preferred_username", "bench" + n)
                .claim("name", "测试居民" + n)
                .claim("realm_access", Map.of("roles", List.of("citizen")))
                .claim("id_number", idNumber(n))
                // confirmed at a window, as the realm's demo citizens: filing and the wallet need it
                .claim("real_name_level", "window-confirmed")
                .claim("azp", "onewindow-portal"));
    }

    /** A bearer token of a staff member with one realm role in {@code department}. */
    public String staff(String username, String role, String department) {
        return sign(new JWTClaimsSet.Builder()
                .subject("bench-" + username)
                .claim("preferred_username", username)
                .claim("name", username)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .claim("department", department)
                .claim("azp", "onewindow-portal"));
    }

    private String sign(JWTClaimsSet.Builder claims) {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader(JWSAlgorithm.RS256),
                claims.issuer(ISSUER)
                        .claim("typ", "Bearer")
                        .audience("onewindow-api")
                        .issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plusSeconds(3600)))
                        .build());
        try {
            jwt.sign(new RSASSASigner(keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}

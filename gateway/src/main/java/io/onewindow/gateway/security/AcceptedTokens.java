package io.onewindow.gateway.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * The gateway's memory of accepted tokens ({@link ValidatedTokenCache}), for those who need to know
 * whose a bearer token is on a path where the token is not read (the open paths): only a token the
 * full decoder accepted earlier and that has not expired is known; any other is not. With the memory
 * switched off ({@code token-cache.enabled=false}) no token is known.
 */
@Component
public class AcceptedTokens {

    private volatile ValidatedTokenCache memory;

    void rememberedBy(ValidatedTokenCache memory) {
        this.memory = memory;
    }

    /** The accepted, unexpired token with this value, or {@code null}. */
    public Jwt accepted(String tokenValue) {
        ValidatedTokenCache known = memory;
        return known == null ? null : known.remembered(tokenValue);
    }
}

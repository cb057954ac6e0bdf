package io.onewindow.platform.security;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * An authenticated request: the {@link Caller} as principal, the verified JWT as credentials.
 * Controllers take the caller with {@code @AuthenticationPrincipal Caller caller}.
 */
public class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;
    private final Jwt token;

    public CallerAuthentication(Caller caller, Jwt token, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.caller = caller;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return caller.subject();
    }
}

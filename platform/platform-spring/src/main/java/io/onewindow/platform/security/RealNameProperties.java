package io.onewindow.platform.security;

import io.onewindow.platform.identity.RealNameLevel;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which action needs which real-name level ({@code onewindow.real-name.*}).
 *
 * @param required per action ({@code booking}, {@code filing}, {@code license-wallet}) the level the
 *     person must hold, e.g. {@code onewindow.real-name.required.filing=authoritative} (env
 *     {@code ONEWINDOW_REAL_NAME_REQUIRED_FILING}); an action left out keeps its default
 *     ({@link io.onewindow.platform.identity.RealNameRule#DEFAULTS}: booking self-declared, filing and
 *     license-wallet window-confirmed); an unknown action stops the start
 */
@ConfigurationProperties("onewindow.real-name")
public record RealNameProperties(Map<String, RealNameLevel> required) {

    public RealNameProperties {
        required = required == null ? Map.of() : Map.copyOf(required);
    }
}

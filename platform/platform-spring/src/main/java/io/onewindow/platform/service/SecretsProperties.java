package io.onewindow.platform.service;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The secrets a service declares it needs ({@code onewindow.secrets.*}), in its application.yml:
 * outside the local demo run it refuses to start when one is not set or is a public demo value
 * ({@link RequiredSecrets}, {@code docs/security.md}).
 *
 * @param required the properties that hold the service's secrets, e.g. {@code
 *     onewindow.identity.pseudonym-key}, {@code onewindow.license.master-key}; each is set by its
 *     environment variable (relaxed binding)
 */
@ConfigurationProperties("onewindow.secrets")
public record SecretsProperties(@DefaultValue List<String> required) {}

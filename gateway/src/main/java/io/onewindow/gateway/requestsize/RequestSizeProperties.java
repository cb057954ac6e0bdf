package io.onewindow.gateway.requestsize;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body the gateway lets through.
 *
 * @param maxSize the largest body accepted (env {@code GATEWAY_MAX_REQUEST_SIZE}, e.g. {@code 10MB})
 */
@ConfigurationProperties("onewindow.gateway.request")
public record RequestSizeProperties(@DefaultValue("10MB") DataSize maxSize) {}

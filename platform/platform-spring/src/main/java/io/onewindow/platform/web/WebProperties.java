package io.onewindow.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a request may carry ({@code onewindow.web.*}).
 *
 * @param maxBodySize largest non-multipart body (JSON); multipart uploads are limited by
 *     {@code spring.servlet.multipart.*}
 */
@ConfigurationProperties("onewindow.web")
public record WebProperties(@DefaultValue("1MB") DataSize maxBodySize) {}

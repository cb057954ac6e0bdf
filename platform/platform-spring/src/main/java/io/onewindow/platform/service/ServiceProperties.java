package io.onewindow.platform.service;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a OneWindow service says about itself ({@code onewindow.service.*}).
 *
 * @param name the service name, e.g. {@code approval-service}; the event source is {@code /onewindow/<name>}
 * @param description one line saying what the service does, shown in its API docs
 * @param apiPrefix the path its API lives under, e.g. {@code /api/approvals}; {@code <apiPrefix>/public/**} is open
 * @param eventsTopic the Kafka topic it publishes on
 * @param timeZone the zone of the district's official calendar and opening hours
 */
@ConfigurationProperties("onewindow.service")
public record ServiceProperties(
        @DefaultValue("onewindow-service") String name,
        @DefaultValue("") String description,
        @DefaultValue("/api") String apiPrefix,
        String eventsTopic,
        @DefaultValue("Asia/Shanghai") ZoneId timeZone) {

    /** The CloudEvents {@code source} of this service's events. */
    public String eventSource() {
        return "/onewindow/" + name;
    }
}

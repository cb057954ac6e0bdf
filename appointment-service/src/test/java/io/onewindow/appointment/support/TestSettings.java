package io.onewindow.appointment.support;

import io.onewindow.appointment.config.AppointmentSettings;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The service's settings as Spring binds them, for unit tests without a context. */
public final class TestSettings {

    private TestSettings() {}

    /** Every setting at its default (the {@code @DefaultValue}s of {@link AppointmentSettings}). */
    public static AppointmentSettings defaults() {
        return with(Map.of());
    }

    /** The settings with {@code properties} (keys below {@code onewindow.appointment}) set. */
    public static AppointmentSettings with(Map<String, String> properties) {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource();
        properties.forEach((key, value) -> source.put(AppointmentSettings.PREFIX + "." + key, value));
        return new Binder(source).bindOrCreate(AppointmentSettings.PREFIX, AppointmentSettings.class);
    }
}

package io.onewindow.deploy.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Spring Boot properties that the configuration metadata on the test class path declares
 * (server.*, management.*, spring.kafka.*, spring.mongodb.*, ...), with the ones Boot no longer
 * reads (deprecation level {@code error}, like {@code spring.data.mongodb.uri} in Boot 4).
 */
final class BootMetadata {

    /** One property: its canonical name, whether it is a map (any key below it binds), and its fate. */
    record Property(String name, boolean map, boolean removed, String replacement) {}

    private static final BootMetadata INSTANCE = load();

    private final Map<String, Property> properties;

    private BootMetadata(Map<String, Property> properties) {
        this.properties = properties;
    }

    static BootMetadata get() {
        return INSTANCE;
    }

    Collection<Property> properties() {
        return properties.values();
    }

    private static BootMetadata load() {
        Map<String, Property> properties = new LinkedHashMap<>();
        JsonMapper json = JsonMapper.builder().build();
        for (String resource : new String[] {
            "META-INF/spring-configuration-metadata.json", "META-INF/additional-spring-configuration-metadata.json"
        }) {
            try {
                Enumeration<URL> urls = BootMetadata.class.getClassLoader().getResources(resource);
                while (urls.hasMoreElements()) {
                    URL url = urls.nextElement();
                    if (!url.toString().contains("spring-boot")) {
                        continue;
                    }
                    try (InputStream in = url.openStream()) {
                        JsonNode root = json.readTree(in);
                        for (JsonNode property : root.path("properties")) {
                            String name = property.path("name").asString();
                            String type = property.path("type").asString("");
                            JsonNode deprecation = property.path("deprecation");
                            boolean removed =
                                    "error".equals(deprecation.path("level").asString(""));
                            String replacement = deprecation.path("replacement").asString(null);
                            Property known = properties.get(name);
                            if (known == null || (known.removed() && !removed)) {
                                properties.put(
                                        name,
                                        new Property(name, type.startsWith("java.util.Map"), removed, replacement));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (properties.size() < 500) {
            throw new IllegalStateException("Spring Boot's configuration metadata is missing from the class path");
        }
        return new BootMetadata(properties);
    }
}

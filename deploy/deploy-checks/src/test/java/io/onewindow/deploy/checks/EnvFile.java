package io.onewindow.deploy.checks;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Compose env file: KEY=VALUE lines, # comments. */
final class EnvFile {

    private EnvFile() {}

    static Map<String, String> read(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Repository.read(file).split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(file + ": not KEY=VALUE: " + line);
            }
            values.put(
                    trimmed.substring(0, equals).strip(),
                    trimmed.substring(equals + 1).strip());
        }
        return values;
    }
}

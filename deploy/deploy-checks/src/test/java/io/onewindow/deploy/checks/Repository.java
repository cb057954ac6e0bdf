package io.onewindow.deploy.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The repository the checks read: its deploy/ tree, the applications' sources and poms. */
final class Repository {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    private Repository() {}

    static Path root() {
        String configured = System.getProperty("onewindow.repository.root");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/keycloak")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("repository root not found above " + start);
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The runnable applications: modules of the root pom whose jar is repackaged with the
     * {@code exec} classifier (what the image recipe copies).
     */
    static List<String> applications() {
        Matcher modules = MODULE.matcher(read(path("pom.xml")));
        java.util.ArrayList<String> applications = new java.util.ArrayList<>();
        while (modules.find()) {
            Path pom = path(modules.group(1)).resolve("pom.xml");
            if (Files.isRegularFile(pom)) {
                String text = read(pom);
                if (text.contains("spring-boot-maven-plugin") && text.contains("<classifier>exec</classifier>")) {
                    applications.add(modules.group(1));
                }
            }
        }
        return List.copyOf(applications);
    }
}

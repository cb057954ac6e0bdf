package io.onewindow.platform.test.processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Class-data sharing for {@link PlatformProcesses}, as {@code deploy/local.sh} does it: each
 * application runs from its jar extracted by Spring Boot's jar-mode tools under {@code
 * <work>/cds/<module>/app/} (plain jars on the class path, which a CDS archive needs and which
 * load faster than nested jars), and with a dynamic CDS archive {@code <module>.jsa}. There is no
 * separate training run: a process started without an archive writes one when it exits normally
 * ({@code -XX:ArchiveClassesAtExit}), and the next start of the same jar uses it. The extracted jar
 * and the archive are dropped when the jar's content, the JVM or the JVM options change. The JVM
 * ignores an archive that does not match its class path, so an archive costs speed, never behaviour.
 */
final class ClassDataSharing {

    private final Path directory;

    ClassDataSharing(Path directory) {
        this.directory = directory;
    }

    /** Extracts {@code jar} for {@code module} unless the extracted copy is of the same jar, JVM and options. */
    void prepare(String module, Path jar, List<String> jvmOptions) {
        Path home = directory.resolve(module);
        String stamp = sha256(jar) + "\n" + System.getProperty("java.home") + " "
                + System.getProperty("java.vm.version") + "\n" + String.join(" ", jvmOptions) + "\n";
        Path stampFile = home.resolve("stamp");
        try {
            Files.deleteIfExists(partial(module)); // of a process this object did not see end
            if (Files.isRegularFile(extractedJar(module))
                    && Files.isRegularFile(stampFile)
                    && Files.readString(stampFile).equals(stamp)) {
                return;
            }
            delete(home);
            Files.createDirectories(home);
            Path log = home.resolve("extract.log");
            Process extract = new ProcessBuilder(
                            java(),
                            "-Djarmode=tools",
                            "-jar",
                            jar.toString(),
                            "extract",
                            "--destination",
                            home.resolve("app").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!extract.waitFor(3, TimeUnit.MINUTES)) {
                extract.destroyForcibly();
            }
            if (extract.isAlive() || extract.exitValue() != 0 || !Files.isRegularFile(extractedJar(module))) {
                throw new IllegalStateException("could not extract " + jar + " for class-data sharing: "
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            Files.writeString(stampFile, stamp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What replaces {@code -jar <jar>} in the command line: the archive option and the extracted jar. */
    List<String> command(String module) {
        Path archive = archive(module);
        String option = Files.isRegularFile(archive)
                ? "-XX:SharedArchiveFile=" + archive
                : "-XX:ArchiveClassesAtExit=" + partial(module);
        return List.of(option, "-jar", extractedJar(module).toString());
    }

    /**
     * After {@code module}'s process ended: keeps the archive it wrote at exit if it ended by itself
     * (on SIGTERM, too), drops it if it was killed (it may be cut short).
     */
    void finished(String module, boolean endedByItself) {
        Path partial = partial(module);
        try {
            if (endedByItself && Files.size(partial) > 0) {
                Files.move(partial, archive(module), StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(partial);
            }
        } catch (java.nio.file.NoSuchFileException none) {
            // it had an archive already, or the JVM wrote none
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path archive(String module) {
        return directory.resolve(module).resolve(module + ".jsa");
    }

    private Path partial(String module) {
        return directory.resolve(module).resolve(module + ".jsa.partial");
    }

    private Path extractedJar(String module) {
        return directory.resolve(module).resolve("app").resolve(module + ".jar");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

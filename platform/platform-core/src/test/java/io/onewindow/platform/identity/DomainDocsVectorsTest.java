package io.onewindow.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The vectors the domain pages give ({@code docs/domain/*.md}, fenced blocks marked
 * {@code vectors <subject>}) are what the code really does: a page that drifts from the code fails
 * the build. Lines: {@code valid <input> [-> <stored value>]}, {@code invalid <input> <failure code>};
 * for pseudonyms {@code key <key>} and {@code <method> <input> <pseudonym>}.
 */
class DomainDocsVectorsTest {

    @Test
    void theResidentIdNumberPageVectorsAreWhatTheCodeAcceptsAndRefuses() throws IOException {
        List<String[]> vectors = vectors("resident-id-number.md", "resident-id-number");

        checkValidity(
                vectors, ResidentIdNumber::isValid, v -> ResidentIdNumber.of(v).value(), ResidentIdNumber::of);
        assertThat(vectors.stream().filter(v -> v[0].equals("valid"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(vectors.stream().filter(v -> v[0].equals("invalid"))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theCreditCodePageVectorsAreWhatTheCodeAcceptsAndRefuses() throws IOException {
        List<String[]> vectors = vectors("unified-social-credit-code.md", "unified-social-credit-code");

        checkValidity(
                vectors,
                UnifiedSocialCreditCode::isValid,
                v -> UnifiedSocialCreditCode.of(v).value(),
                UnifiedSocialCreditCode::of);
        assertThat(vectors.stream().filter(v -> v[0].equals("valid"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(vectors.stream().filter(v -> v[0].equals("invalid"))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void thePseudonymPageVectorsAreWhatTheCodeComputes() throws IOException {
        List<String[]> vectors = vectors("identity-pseudonyms.md", "identity-pseudonym");
        IdentityPseudonyms pseudonyms = null;
        int checked = 0;
        for (String[] v : vectors) {
            if (v[0].equals("key")) {
                pseudonyms = new IdentityPseudonyms(v[1]);
                continue;
            }
            assertThat(pseudonyms)
                    .as("a key line before " + String.join(" ", v))
                    .isNotNull();
            assertThat(v).as(String.join(" ", v)).hasSize(3);
            String input = v[1];
            String actual = switch (v[0]) {
                case "id" -> pseudonyms.ofIdNumber(input);
                case "cc" -> pseudonyms.ofCreditCode(input);
                case "device" -> {
                    String[] parts = input.split("\\|", -1);
                    yield pseudonyms.ofDevice(parts[0], parts[1]);
                }
                case "applicant-person" -> pseudonyms.ofApplicant(input, false);
                case "applicant-enterprise" -> pseudonyms.ofApplicant(input, true);
                default -> throw new AssertionError("unknown method " + v[0]);
            };
            assertThat(actual).as(String.join(" ", v)).isEqualTo(v[2]);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }

    private static void checkValidity(
            List<String[]> vectors,
            Predicate<String> isValid,
            Function<String, String> storedValue,
            Function<String, ?> make) {
        for (String[] v : vectors) {
            String line = String.join(" ", v);
            switch (v[0]) {
                case "valid" -> {
                    assertThat(isValid.test(v[1])).as(line).isTrue();
                    String stored = v.length == 4 && v[2].equals("->") ? v[3] : v[1];
                    assertThat(v.length == 2 || v.length == 4).as(line).isTrue();
                    assertThat(storedValue.apply(v[1])).as(line).isEqualTo(stored);
                }
                case "invalid" -> {
                    assertThat(v).as(line).hasSize(3);
                    assertThat(isValid.test(v[1])).as(line).isFalse();
                    assertThat(failureCode(() -> make.apply(v[1]))).as(line).isEqualTo(v[2]);
                }
                default -> throw new AssertionError("neither valid nor invalid: " + line);
            }
        }
    }

    private static String failureCode(Runnable action) {
        try {
            action.run();
        } catch (InvalidIdentifierException e) {
            return e.code();
        }
        return "(accepted)";
    }

    /** The lines of the page's fenced block {@code ```vectors <subject>}, split at whitespace. */
    static List<String[]> vectors(String page, String subject) throws IOException {
        List<String> lines = Files.readAllLines(domainDocs().resolve(page));
        List<String[]> vectors = new ArrayList<>();
        boolean inside = false;
        int blocks = 0;
        for (String line : lines) {
            String trimmed = line.strip();
            if (!inside && trimmed.equals("```vectors " + subject)) {
                inside = true;
                blocks++;
            } else if (inside && trimmed.startsWith("```")) {
                inside = false;
            } else if (inside && !trimmed.isEmpty()) {
                vectors.add(trimmed.split("\\s+"));
            }
        }
        assertThat(inside).as(page + ": the vectors block is closed").isFalse();
        assertThat(blocks).as(page + ": one vectors block for " + subject).isEqualTo(1);
        return vectors;
    }

    private static Path domainDocs() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path docs = dir.resolve("docs/domain");
            if (Files.isDirectory(docs) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return docs;
            }
        }
        throw new IllegalStateException(
                "docs/domain not found above " + Path.of("").toAbsolutePath());
    }
}

package io.onewindow.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/local.sh}, the local run: every knob it reads from the environment (ports, JVM
 * options, {@code ONEWINDOW_CDS}, ...) is documented in {@code deploy/README.md}, so a start-up
 * setting never exists only in the script; and the script parses.
 */
class LocalRunTest {

    /** A variable with a default, {@code ${NAME:-default}}: the form in which the script reads a knob. */
    private static final Pattern KNOB = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):-");

    @Test
    void everyKnobOfTheLocalRunIsDocumented() {
        assertThat(undocumented(Repository.path("deploy/local.sh"), Repository.path("deploy/README.md")))
                .isEmpty();
    }

    @Test
    void refusesAKnobTheReadmeDoesNotName() {
        Path fixture = Deploy.fixture("local");
        assertThat(undocumented(fixture.resolve("local.sh"), fixture.resolve("README.md")))
                .containsExactly("ONEWINDOW_FAST_START", "ONEWINDOW_SECRET_KNOB");
    }

    @Test
    void theScriptParses() throws IOException, InterruptedException {
        assumeThat(Files.isExecutable(Path.of("/bin/bash")))
                .as("bash installed")
                .isTrue();
        Process bash = new ProcessBuilder(
                        "/bin/bash", "-n", Repository.path("deploy/local.sh").toString())
                .redirectErrorStream(true)
                .start();
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.exitValue()).as(output).isZero();
    }

    /** The knobs {@code script} reads that {@code readme} does not name in backquotes. */
    static List<String> undocumented(Path script, Path readme) {
        String documentation = Repository.read(readme);
        Set<String> knobs = new LinkedHashSet<>();
        Matcher matcher = KNOB.matcher(Repository.read(script));
        while (matcher.find()) {
            knobs.add(matcher.group(1));
        }
        assertThat(knobs).as("knobs read by " + script).isNotEmpty();
        return knobs.stream()
                .filter(knob -> !documentation.contains("`" + knob + "`"))
                .toList();
    }
}

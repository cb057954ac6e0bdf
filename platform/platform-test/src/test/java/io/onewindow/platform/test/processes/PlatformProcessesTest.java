package io.onewindow.platform.test.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformProcessesTest {

    @TempDir
    Path root;

    @Test
    void aModuleWithoutItsRunnableJarIsNotStartedAndTheMessageNamesTheJar() {
        PlatformProcesses.Builder platform = PlatformProcesses.builder(root).workDirectory(root.resolve("work"));

        assertThatThrownBy(() -> platform.start(PlatformApplication.SUPERVISION))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(
                        root.resolve("supervision-service/target/supervision-service-0.1.0-SNAPSHOT-exec.jar")
                                .toString());
    }

    @Test
    void aProcessThatExitsFailsTheStartWithTheEndOfItsLog() throws IOException {
        Path notAJar = Files.writeString(root.resolve("broken.jar"), "not a jar");
        PlatformProcesses.Builder platform = PlatformProcesses.builder(root)
                .workDirectory(root.resolve("work"))
                .startTimeout(Duration.ofMinutes(1))
                .jar(PlatformApplication.E_LICENSE, notAJar);

        assertThatThrownBy(() -> platform.start(PlatformApplication.E_LICENSE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("e-license-service exited with")
                .hasMessageContaining("jarfile");
        assertThat(root.resolve("work/logs/e-license-service.log")).exists();
        assertThat(root.resolve("work/jars/e-license-service.jar")).hasContent("not a jar");
    }
}

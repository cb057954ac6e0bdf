package io.onewindow.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TraceParentTest {

    private static final String W3C_EXAMPLE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void keepsAValidClientValue() {
        assertThat(TraceParent.fromHeaderOrRandom(W3C_EXAMPLE).value()).isEqualTo(W3C_EXAMPLE);
        assertThat(TraceParent.fromHeaderOrRandom(W3C_EXAMPLE).traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void makesAValidSampledRootWhenMissingOrMalformed() {
        for (String bad : new String[] {
            null,
            "",
            "garbage",
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01"
        }) {
            TraceParent made = TraceParent.fromHeaderOrRandom(bad);
            assertThat(made.value()).isNotEqualTo(bad).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
            assertThat(TraceParent.isValid(made.value())).isTrue();
        }
    }

    @Test
    void makesADifferentTraceEachTime() {
        assertThat(TraceParent.random().traceId())
                .isNotEqualTo(TraceParent.random().traceId());
    }

    @Test
    void refusesToHoldAnInvalidValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TraceParent("01-xyz"));
    }
}

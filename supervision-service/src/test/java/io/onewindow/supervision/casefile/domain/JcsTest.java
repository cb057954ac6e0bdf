package io.onewindow.supervision.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JcsTest {

    @Test
    void sortsKeysDropsWhitespaceAndEscapesAsRfc8785() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", List.of(1, true, "x"));
        value.put("a", "案\"卷\n\u0001");
        value.put("c", null);
        assertThat(new String(Jcs.of(value), StandardCharsets.UTF_8))
                .isEqualTo("{\"a\":\"案\\\"卷\\n\\u0001\",\"b\":[1,true,\"x\"],\"c\":null}");
    }

    @Test
    void theSameContentInAnotherKeyOrderGivesTheSameBytes() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("x", 1);
        one.put("y", 2);
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("y", 2);
        other.put("x", 1);
        assertThat(Arrays.equals(Jcs.of(one), Jcs.of(other))).isTrue();
    }

    @Test
    void refusesFractionalNumbers() {
        assertThatThrownBy(() -> Jcs.of(Map.of("x", 1.5))).isInstanceOf(IllegalArgumentException.class);
    }
}

package io.onewindow.platform.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class IfMatchTest {

    private final EntityTags tags = new EntityTags(JsonMapper.builder().build());

    record Point(String name, Map<String, Integer> hours) {}

    @Test
    void aMissingHeaderIsRequiredForAnExistingResource() {
        assertThatThrownBy(() -> IfMatch.absent().requireMatch("\"a\""))
                .isInstanceOf(PreconditionRequiredException.class);
    }

    @Test
    void theCurrentTagMatchesAndAnotherFails() {
        IfMatch ifMatch = IfMatch.parse(List.of("\"old\", \"a\""));
        assertThatCode(() -> ifMatch.requireMatch("\"a\"")).doesNotThrowAnyException();
        assertThatThrownBy(() -> ifMatch.requireMatch("\"b\"")).isInstanceOf(PreconditionFailedException.class);
    }

    @Test
    void aWeakTagNeverMatchesBecauseIfMatchComparesStrongly() {
        assertThatThrownBy(() -> IfMatch.parse(List.of("W/\"a\"")).requireMatch("\"a\""))
                .isInstanceOf(PreconditionFailedException.class);
    }

    @Test
    void aStarMatchesAnyExistingStateButNoAbsentResource() {
        IfMatch star = IfMatch.parse(List.of("*"));
        assertThatCode(() -> star.requireMatch("\"whatever\"")).doesNotThrowAnyException();
        assertThatThrownBy(star::requireAbsent).isInstanceOf(PreconditionFailedException.class);
    }

    @Test
    void creatingAnAbsentResourceNeedsNoHeaderAndRefusesATag() {
        assertThatCode(() -> IfMatch.absent().requireAbsent()).doesNotThrowAnyException();
        assertThatThrownBy(() -> IfMatch.parse(List.of("\"a\"")).requireAbsent())
                .isInstanceOf(PreconditionFailedException.class);
    }

    @Test
    void aTagWithACommaInsideQuotesIsOneTag() {
        assertThatCode(() -> IfMatch.parse(List.of("\"a,b\"")).requireMatch("\"a,b\""))
                .doesNotThrowAnyException();
    }

    @Test
    void thePreconditionChecksTheTagOfTheStateItIsGiven() {
        Point point = new Point("east", Map.of("mon", 8));
        Precondition<Point> expected = IfMatch.parse(List.of(tags.of(point))).on(tags::of);
        assertThatCode(() -> expected.existing(point)).doesNotThrowAnyException();
        assertThatThrownBy(() -> expected.existing(new Point("west", Map.of("mon", 8))))
                .isInstanceOf(PreconditionFailedException.class);
    }

    @Test
    void equalStatesHaveEqualStrongTagsWhateverTheMapOrder() {
        Map<String, Integer> one = new LinkedHashMap<>();
        one.put("tue", 2);
        one.put("mon", 1);
        String tag = tags.of(new Point("east", one));
        assertThat(tag).startsWith("\"").endsWith("\"").doesNotStartWith("W/");
        assertThat(tags.of(new Point("east", new TreeMap<>(one)))).isEqualTo(tag);
        assertThat(tags.of(new Point("east", Map.of("mon", 1, "tue", 3)))).isNotEqualTo(tag);
    }
}

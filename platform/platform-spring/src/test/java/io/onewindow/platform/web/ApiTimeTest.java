package io.onewindow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class ApiTimeTest {

    private static final ApiTime SHANGHAI = new ApiTime(ZoneId.of("Asia/Shanghai"));
    private static final Instant NINE_IN_SHANGHAI = Instant.parse("2026-12-07T01:00:00Z");
    private static final JsonMapper JSON =
            JsonMapper.builder().addModule(ApiTimeJackson.module(SHANGHAI)).build();

    record Meeting(Instant at, OffsetDateTime until) {}

    @Test
    void writesAnInstantAtTheServiceOffsetWithSecondsAndNoZeroFraction() {
        assertThat(SHANGHAI.format(NINE_IN_SHANGHAI)).isEqualTo("2026-12-07T09:00:00+08:00");
        assertThat(SHANGHAI.format(NINE_IN_SHANGHAI.plusMillis(250))).isEqualTo("2026-12-07T09:00:00.25+08:00");
        assertThat(new ApiTime(ZoneId.of("UTC")).format(NINE_IN_SHANGHAI)).isEqualTo("2026-12-07T01:00:00Z");
    }

    @Test
    void readsTheSameInstantWhateverOffsetItIsWrittenWith() {
        for (String text : new String[] {
            "2026-12-07T09:00:00+08:00",
            "2026-12-07T01:00:00Z",
            "2026-12-07t01:00:00z",
            "2026-12-06T20:00:00-05:00",
            "2026-12-07T09:00+08:00",
            "2026-12-07T09:00:00.000+08:00"
        }) {
            assertThat(SHANGHAI.parse(text).toInstant()).as(text).isEqualTo(NINE_IN_SHANGHAI);
        }
    }

    @Test
    void readsAValueWithoutOffsetAsTheDistrictsLocalTimeNotAsUtc() {
        assertThat(SHANGHAI.parse("2026-12-07T09:00:00").toInstant()).isEqualTo(NINE_IN_SHANGHAI);
        assertThat(SHANGHAI.parse("2026-12-07T09:00").toInstant()).isEqualTo(NINE_IN_SHANGHAI);
    }

    @Test
    void readsAPlusThatAQueryStringTurnedIntoASpace() {
        assertThat(SHANGHAI.parse("2026-12-07T09:00:00 08:00").toInstant()).isEqualTo(NINE_IN_SHANGHAI);
    }

    @Test
    void refusesNonsenseDatesWithoutTimeAndImpossibleTimes() {
        for (String text : new String[] {
            "tomorrow",
            "",
            "2026-12-07",
            "2026-12-07T25:00:00+08:00",
            "2026-02-30T09:00:00Z",
            "2026-12-07T09:00:00+25:00",
            "1733533200"
        }) {
            assertThatThrownBy(() -> SHANGHAI.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
        }
    }

    @Test
    void theDistrictLocalTimeOfAValueSentWithAnotherOffsetIsTheSlotItNames() {
        assertThat(SHANGHAI.local(SHANGHAI.parse("2026-12-06T20:00:00-05:00")))
                .isEqualTo(LocalDateTime.of(2026, 12, 7, 9, 0));
    }

    @Test
    void jsonWritesEveryInstantTypeAtTheServiceOffsetAndReadsWhatItWrote() {
        Meeting meeting = new Meeting(NINE_IN_SHANGHAI, OffsetDateTime.parse("2026-12-07T02:00:00Z"));
        String written = JSON.writeValueAsString(meeting);
        assertThat(written).isEqualTo("{\"at\":\"2026-12-07T09:00:00+08:00\",\"until\":\"2026-12-07T10:00:00+08:00\"}");
        Meeting read = JSON.readValue(written, Meeting.class);
        assertThat(read.at()).isEqualTo(NINE_IN_SHANGHAI);
        assertThat(read.until().toInstant()).isEqualTo(meeting.until().toInstant());
    }

    @Test
    void jsonRefusesNonsenseAndNumbersAsFormatErrorsOfTheField() {
        assertThatThrownBy(() -> JSON.readValue("{\"at\":\"next tuesday\"}", Meeting.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("at");
        assertThatThrownBy(() -> JSON.readValue("{\"at\":1733533200}", Meeting.class))
                .isInstanceOf(MismatchedInputException.class);
    }
}

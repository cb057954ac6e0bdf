package io.onewindow.approval.department.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.approval.DepartmentRecorded;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DepartmentTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    private static Department tax() {
        return Department.register("tax", "国家税务总局广州市番禺区税务局", "partner-tax", "admin1", NOW);
    }

    @Test
    void registeringRecordsTheFullStateAtVersionOne() {
        Department tax = tax();

        assertThat(tax.pullEvents())
                .containsExactly(new DepartmentRecorded("tax", 1, "国家税务总局广州市番禺区税务局", "partner-tax", true, "admin1"));
        assertThat(tax.active()).isTrue();
        assertThat(tax.isPartnerClient("partner-tax")).isTrue();
        assertThat(tax.isPartnerClient("partner-housing")).isFalse();
        assertThat(tax.isPartnerClient(null)).isFalse();
    }

    @Test
    void theCodeIsALowerCaseLetterThenOneTo63LettersDigitsOrHyphens() {
        assertThat(Department.register("ab", "两字", null, "admin1", NOW).code()).isEqualTo("ab");
        assertThat(Department.register("a" + "b".repeat(63), "两字", null, "admin1", NOW)
                        .code())
                .hasSize(64);
        for (String bad : new String[] {null, "a", "a" + "b".repeat(64), "1tax", "-tax", "Tax", "ta x", "$gt", "t_x"}) {
            assertThatThrownBy(() -> Department.register(bad, "两字", null, "admin1", NOW))
                    .as(bad)
                    .isInstanceOf(InvalidValueException.class)
                    .hasFieldOrPropertyWithValue("field", "code");
        }
    }

    @Test
    void theNameIsOneLineOfTwoToSixtyCharacters() {
        assertThat(Department.register("tax", "税务", null, "admin1", NOW).name()).isEqualTo("税务");
        assertThat(Department.register("tax", "税".repeat(60), null, "admin1", NOW)
                        .name())
                .hasSize(60);
        assertThat(Department.register("tax", "  税务局 ", null, "admin1", NOW).name())
                .isEqualTo("税务局");
        for (String bad : new String[] {null, "", "税", "税".repeat(61), "税务\n局", " 税 "}) {
            assertThatThrownBy(() -> Department.register("tax", bad, null, "admin1", NOW))
                    .as(bad)
                    .isInstanceOf(InvalidValueException.class)
                    .hasFieldOrPropertyWithValue("field", "name");
        }
    }

    @Test
    void aBlankPartnerClientIsNoneAndAMalformedOneIsRefused() {
        assertThat(Department.register("tax", "税务", " ", "admin1", NOW).partnerClientId())
                .isNull();
        assertThatThrownBy(() -> Department.register("tax", "税务", "Partner Tax", "admin1", NOW))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "partnerClientId");
    }

    @Test
    void aChangeCountsTheVersionUpAndAChangeThatChangesNothingRecordsNothing() {
        Department tax = tax();
        tax.pullEvents();

        assertThat(tax.change("国家税务总局广州市番禺区税务局", "partner-tax", "admin2", NOW)).isFalse();
        assertThat(tax.pullEvents()).isEmpty();
        assertThat(tax.change("番禺区税务局", null, "admin2", NOW.plusSeconds(60))).isTrue();

        assertThat(tax.pullEvents()).containsExactly(new DepartmentRecorded("tax", 2, "番禺区税务局", null, true, "admin2"));
        assertThat(tax.isPartnerClient("partner-tax")).isFalse();
        assertThat(tax.changedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aRetiredDepartmentIsNeitherChangedNorRetiredAgain() {
        Department tax = tax();
        tax.pullEvents();

        tax.retire("admin1", NOW);

        assertThat(tax.pullEvents())
                .containsExactly(new DepartmentRecorded("tax", 2, "国家税务总局广州市番禺区税务局", "partner-tax", false, "admin1"));
        assertThatThrownBy(() -> tax.retire("admin1", NOW))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "department.retired");
        assertThatThrownBy(() -> tax.change("税务", null, "admin1", NOW))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "department.retired");
        assertThat(tax.pullEvents()).isEmpty();
        assertThat(tax.version()).isEqualTo(2);
    }
}

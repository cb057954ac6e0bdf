package io.onewindow.console.admin.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatterFormTest {

    static Map<String, Object> definition() {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("code", "MR-SP-001");
        definition.put("name", "食品经营许可");
        definition.put("department", "market-regulation");
        definition.put("matterType", "01");
        definition.put("caseType", "PROMISED");
        definition.put("subjects", List.of("ENTERPRISE"));
        definition.put("legalBasis", "《食品安全法》第三十五条");
        definition.put("conditions", null);
        definition.put("statutoryLimitWorkingDays", 20);
        definition.put("promisedLimitWorkingDays", 10);
        definition.put("fee", 0.5);
        definition.put("feeBasis", null);
        definition.put("fullyOnline", true);
        definition.put("windowMayDecide", false);
        definition.put("licenseTypeCode", "11100000000013338W002");
        definition.put("servicePoints", List.of("panyu-district-center", "hall-business-operations"));
        definition.put(
                "materials",
                List.of(new LinkedHashMap<>(
                        Map.of("code", "layout", "name", "经营场所平面图", "required", true, "form", "COPY"))));
        definition.put(
                "steps", List.of(Map.of("code", "review", "name", "审查", "role", "approver", "limitWorkingDays", 5)));
        return definition;
    }

    @Test
    void aDraftFromTheLatestVersionSendsItsContentUnchanged() {
        Map<String, Object> body =
                MatterForm.of(definition()).withBlankRows(1, 1).body();

        assertThat(body)
                .containsEntry("code", "MR-SP-001")
                .containsEntry("subjects", List.of("ENTERPRISE"))
                .containsEntry("statutoryLimitWorkingDays", 20)
                .containsEntry("promisedLimitWorkingDays", 10)
                .containsEntry("fee", new BigDecimal("0.5"))
                .containsEntry("fullyOnline", true)
                .containsEntry("licenseTypeCode", "11100000000013338W002")
                .containsEntry("servicePoints", List.of("panyu-district-center", "hall-business-operations"))
                .containsEntry(
                        "materials",
                        List.of(Map.of("code", "layout", "name", "经营场所平面图", "required", true, "form", "COPY")))
                .containsEntry(
                        "steps",
                        List.of(Map.of("code", "review", "name", "审查", "role", "approver", "limitWorkingDays", 5)))
                .doesNotContainKeys("conditions", "feeBasis");
    }

    @Test
    void blankRowsAreLeftOutButAHalfFilledRowIsSentForTheCatalogToJudge() {
        MatterForm form = MatterForm.of(definition()).withBlankRows(2, 0);
        form.getMaterials().get(1).setName("营业执照");

        assertThat((List<?>) form.body().get("materials")).hasSize(2);
    }
}

package io.onewindow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiSchemaNamesTest {

    static class CaseRequests {
        record Material(String documentType, String fileId) {}

        record File(String matter, List<Material> materials) {}
    }

    static class StepRequests {
        record Material(String stepName, int count) {}
    }

    static class Elsewhere {
        @io.swagger.v3.oas.annotations.media.Schema(name = "CaseRequestsMaterial")
        record Impostor(String other) {}
    }

    private static Map<String, Schema> schemasOf(ApiSchemaNames names, Class<?>... types) {
        ModelConverters converters = new ModelConverters();
        converters.addConverter(names);
        Map<String, Schema> all = new java.util.LinkedHashMap<>();
        for (Class<?> type : types) {
            all.putAll(converters.readAll(type));
        }
        return all;
    }

    @Test
    void namesNestedRecordsAfterTheTypesHoldingThemSoEqualSimpleNamesDoNotCollide() {
        ApiSchemaNames names = new ApiSchemaNames();

        Map<String, Schema> schemas = schemasOf(names, CaseRequests.File.class, StepRequests.Material.class);

        assertThat(schemas)
                .containsKeys(
                        "ApiSchemaNamesTestCaseRequestsFile",
                        "ApiSchemaNamesTestCaseRequestsMaterial",
                        "ApiSchemaNamesTestStepRequestsMaterial");
        assertThat(schemas).doesNotContainKey("Material");
        assertThat(schemas.get("ApiSchemaNamesTestCaseRequestsMaterial").getProperties())
                .containsOnlyKeys("documentType", "fileId");
        assertThat(schemas.get("ApiSchemaNamesTestStepRequestsMaterial").getProperties())
                .containsOnlyKeys("stepName", "count");
        assertThat(names.classOf("ApiSchemaNamesTestStepRequestsMaterial")).contains(StepRequests.Material.class);
    }

    @Test
    void refusesTwoClassesUnderOneNameInsteadOfLettingOneStandForTheOther() {
        ApiSchemaNames names = new ApiSchemaNames();
        assertThat(ApiSchemaNames.nameOf(Elsewhere.Impostor.class)).isEqualTo("CaseRequestsMaterial");

        schemasOf(names, Elsewhere.Impostor.class);

        assertThatThrownBy(() -> schemasOf(names, CaseRequestsMaterialTopLevel.class))
                .hasMessageContaining("CaseRequestsMaterial")
                .hasMessageContaining(Elsewhere.Impostor.class.getName());
    }

    @Test
    void eachOfTwoApplicationContextsKnowsTheClassOfEveryNameWhicheverConverterResolvedIt() {
        // Springdoc keeps one converter list per JVM and replaces an earlier context's converter by a
        // later one's (the ITs run several contexts): each must still know which class a name stands for.
        ApiSchemaNames first = new ApiSchemaNames();
        ApiSchemaNames second = new ApiSchemaNames();
        ModelConverters converters = new ModelConverters();
        converters.addConverter(second);

        converters.readAll(StepRequests.Material.class);

        assertThat(first.classOf("ApiSchemaNamesTestStepRequestsMaterial")).contains(StepRequests.Material.class);
        assertThat(second.classOf("ApiSchemaNamesTestStepRequestsMaterial")).contains(StepRequests.Material.class);
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "CaseRequestsMaterial")
    record CaseRequestsMaterialTopLevel(String name) {}
}

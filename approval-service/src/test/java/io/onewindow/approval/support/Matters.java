package io.onewindow.approval.support;

import io.onewindow.approval.catalog.DemoCatalog;
import io.onewindow.approval.catalog.domain.CaseType;
import io.onewindow.approval.catalog.domain.MaterialForm;
import io.onewindow.approval.catalog.domain.MaterialRequirement;
import io.onewindow.approval.catalog.domain.MatterDefinition;
import io.onewindow.approval.catalog.domain.ProcessStep;
import io.onewindow.approval.catalog.domain.Subject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Catalog entries for tests, named after what they are: the demo catalog's matters (main code,
 * {@link DemoCatalog}) under fresh codes, and the one test-only matter the demo catalog has no
 * counterpart of.
 */
public final class Matters {

    public static final String BUSINESS_LICENSE_TYPE = DemoCatalog.BUSINESS_LICENSE;
    public static final String FOOD_LICENSE_TYPE = DemoCatalog.FOOD_LICENSE;

    private Matters() {}

    /**
     * The demo food operation license (MR-SP-001) of market-regulation: 20 statutory / 10 promised
     * days, two approver steps; with an optional, conditional material added, so the tests cover one.
     */
    public static MatterDefinition foodLicense(String code) {
        MatterDefinition demo = DemoCatalog.matter("MR-SP-001");
        List<MaterialRequirement> materials = new ArrayList<>(demo.materials());
        materials.add(
                new MaterialRequirement("agent-authorization", "委托书", MaterialForm.ORIGINAL, false, "委托他人办理时", null));
        return as(code, demo, materials);
    }

    /**
     * A filing decided on the spot by the window whose one material is a plain upload (the demo
     * filing MR-BA-001 asks for an e-license instead).
     */
    public static MatterDefinition onTheSpotFiling(String code) {
        return new MatterDefinition(
                code,
                "仅销售预包装食品备案",
                "market-regulation",
                "10",
                Set.of(Subject.PERSON, Subject.ENTERPRISE),
                "《中华人民共和国食品安全法》第三十五条第一款",
                "",
                List.of(new MaterialRequirement("layout", "经营场所布局图", MaterialForm.COPY, true, null, null)),
                List.of(new ProcessStep("window-check", "窗口核对", "window-officer", 0)),
                0,
                0,
                BigDecimal.ZERO,
                "",
                CaseType.ON_THE_SPOT,
                true,
                true,
                null,
                List.of());
    }

    /** The demo matter of the partner department {@code tax} (TX-DJ-001). */
    public static MatterDefinition taxMatter(String code) {
        MatterDefinition demo = DemoCatalog.matter("TX-DJ-001");
        return as(code, demo, demo.materials());
    }

    /** The same matter under another code in another department. */
    public static MatterDefinition inDepartment(String code, MatterDefinition d, String department) {
        return as(code, d, d.materials(), department, d.servicePoints());
    }

    /** The same matter under another code, served at other service points. */
    public static MatterDefinition atServicePoints(String code, MatterDefinition d, List<String> servicePoints) {
        return as(code, d, d.materials(), d.department(), servicePoints);
    }

    private static MatterDefinition as(String code, MatterDefinition d, List<MaterialRequirement> materials) {
        return as(code, d, materials, d.department(), d.servicePoints());
    }

    private static MatterDefinition as(
            String code,
            MatterDefinition d,
            List<MaterialRequirement> materials,
            String department,
            List<String> servicePoints) {
        return new MatterDefinition(
                code,
                d.name(),
                department,
                d.matterType(),
                d.subjects(),
                d.legalBasis(),
                d.conditions(),
                materials,
                d.steps(),
                d.statutoryLimitWorkingDays(),
                d.promisedLimitWorkingDays(),
                d.fee(),
                d.feeBasis(),
                d.caseType(),
                d.windowMayDecide(),
                d.fullyOnline(),
                d.licenseTypeCode(),
                servicePoints);
    }
}

package io.onewindow.approval.support;

import io.onewindow.approval.catalog.domain.CaseType;
import io.onewindow.approval.catalog.domain.MaterialForm;
import io.onewindow.approval.catalog.domain.MaterialRequirement;
import io.onewindow.approval.catalog.domain.MatterDefinition;
import io.onewindow.approval.catalog.domain.ProcessStep;
import io.onewindow.approval.catalog.domain.Subject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Catalog entries for tests, named after what they are. */
public final class Matters {

    public static final String BUSINESS_LICENSE_TYPE = "11100000000013338W001";
    public static final String FOOD_LICENSE_TYPE = "11100000000013338W002";

    private Matters() {}

    /** A food operation license of market-regulation: 20 statutory / 10 promised days, two approver steps. */
    public static MatterDefinition foodLicense(String code) {
        return new MatterDefinition(
                code,
                "食品经营许可",
                "market-regulation",
                "01",
                Set.of(Subject.PERSON, Subject.ENTERPRISE),
                "《中华人民共和国食品安全法》第三十五条",
                "",
                List.of(
                        new MaterialRequirement(
                                "business-license", "营业执照", MaterialForm.COPY, true, null, BUSINESS_LICENSE_TYPE),
                        new MaterialRequirement("layout", "经营设施设备布局图", MaterialForm.ORIGINAL, true, null, null),
                        new MaterialRequirement("safety-rules", "食品安全管理制度", MaterialForm.ORIGINAL, true, null, null),
                        new MaterialRequirement(
                                "agent-authorization", "委托书", MaterialForm.ORIGINAL, false, "委托他人办理时", null)),
                List.of(new ProcessStep("review", "审查", "approver", 5), new ProcessStep("decide", "决定", "approver", 2)),
                20,
                10,
                BigDecimal.ZERO,
                "",
                CaseType.PROMISED,
                false,
                true,
                FOOD_LICENSE_TYPE,
                List.of("panyu-district-center"));
    }

    /** A filing decided on the spot by the window. */
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

    /** A matter of the partner department {@code tax}. */
    public static MatterDefinition taxMatter(String code) {
        return new MatterDefinition(
                code,
                "涉税信息确认",
                "tax",
                "07",
                Set.of(Subject.PERSON, Subject.ENTERPRISE),
                "《中华人民共和国税收征收管理法》第十五条",
                "",
                List.of(),
                List.of(new ProcessStep("review", "审核", "approver", 3)),
                10,
                5,
                BigDecimal.ZERO,
                "",
                CaseType.PROMISED,
                false,
                true,
                null,
                List.of());
    }
}

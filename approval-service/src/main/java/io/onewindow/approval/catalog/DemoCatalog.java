package io.onewindow.approval.catalog;

import io.onewindow.approval.catalog.domain.CaseType;
import io.onewindow.approval.catalog.domain.MaterialForm;
import io.onewindow.approval.catalog.domain.MaterialRequirement;
import io.onewindow.approval.catalog.domain.MatterDefinition;
import io.onewindow.approval.catalog.domain.ProcessStep;
import io.onewindow.approval.catalog.domain.Subject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo catalog of the local run ({@code onewindow.demo-data.enabled}, default on; production
 * turns it off): matters of several departments, filings decided on the spot, one license-producing
 * matter per demo license type, and matters of the partner departments. Seeded once: a restart
 * finds them and leaves them alone.
 */
@Component
@ConditionalOnProperty(name = "onewindow.demo-data.enabled", havingValue = "true")
public class DemoCatalog implements ApplicationRunner {

    /** License types of the demo e-license catalog (defining body USCC + 3 digits). */
    public static final String BUSINESS_LICENSE = "11100000000013338W001";

    public static final String FOOD_LICENSE = "11100000000013338W002";
    static final String LIGHTNING_PROTECTION_DESIGN = "11100000400013398G001";

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

    private final MatterCatalog catalog;

    DemoCatalog(MatterCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<MatterDefinition> matters = matters();
        matters.forEach(m -> catalog.seed(m, "catalogadmin1", "admin1"));
        log.info("Demo catalog present: {} matters", matters.size());
    }

    /** The demo matter with this code (tests publish copies of them under fresh codes). */
    public static MatterDefinition matter(String code) {
        return matters().stream()
                .filter(m -> m.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo matter " + code));
    }

    static List<MatterDefinition> matters() {
        MaterialRequirement idCard = new MaterialRequirement("id-card", "申请人身份证明", MaterialForm.COPY, true, null, null);
        MaterialRequirement businessLicense =
                new MaterialRequirement("business-license", "营业执照", MaterialForm.COPY, true, null, BUSINESS_LICENSE);
        List<ProcessStep> review =
                List.of(new ProcessStep("review", "审查", "approver", 5), new ProcessStep("decide", "决定", "approver", 2));
        return List.of(
                new MatterDefinition(
                        "MR-GT-001",
                        "个体工商户设立登记",
                        "market-regulation",
                        "01",
                        Set.of(Subject.PERSON),
                        "《促进个体工商户发展条例》第八条；《市场主体登记管理条例》",
                        "具有完全民事行为能力的自然人",
                        List.of(
                                idCard,
                                new MaterialRequirement("premises", "经营场所使用证明", MaterialForm.COPY, true, null, null),
                                new MaterialRequirement(
                                        "agent-authorization", "委托书", MaterialForm.ORIGINAL, false, "委托他人办理时", null)),
                        List.of(new ProcessStep("review", "审查", "approver", 2)),
                        15,
                        3,
                        BigDecimal.ZERO,
                        "",
                        CaseType.PROMISED,
                        false,
                        true,
                        BUSINESS_LICENSE,
                        List.of("panyu-district-center")),
                new MatterDefinition(
                        "MR-SP-001",
                        "食品经营许可",
                        "market-regulation",
                        "01",
                        Set.of(Subject.ENTERPRISE, Subject.PERSON),
                        "《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》",
                        "有与经营的食品品种、数量相适应的经营场所和设备",
                        List.of(
                                businessLicense,
                                new MaterialRequirement("layout", "经营设施设备布局图", MaterialForm.ORIGINAL, true, null, null),
                                new MaterialRequirement(
                                        "safety-rules", "食品安全管理制度", MaterialForm.ORIGINAL, true, null, null)),
                        review,
                        20,
                        10,
                        BigDecimal.ZERO,
                        "",
                        CaseType.PROMISED,
                        false,
                        true,
                        FOOD_LICENSE,
                        List.of("panyu-district-center", "shiqiao-street-center")),
                new MatterDefinition(
                        "MR-BA-001",
                        "仅销售预包装食品备案",
                        "market-regulation",
                        "10",
                        Set.of(Subject.ENTERPRISE, Subject.PERSON),
                        "《中华人民共和国食品安全法》第三十五条第一款",
                        "仅销售预包装食品",
                        List.of(businessLicense),
                        List.of(new ProcessStep("window-check", "窗口核对", "window-officer", 0)),
                        0,
                        0,
                        BigDecimal.ZERO,
                        "",
                        CaseType.ON_THE_SPOT,
                        true,
                        true,
                        null,
                        List.of("panyu-district-center", "shiqiao-street-center")),
                new MatterDefinition(
                        "QX-FL-001",
                        "防雷装置设计审核",
                        "meteorology",
                        "01",
                        Set.of(Subject.ENTERPRISE),
                        "《气象灾害防御条例》第二十四条；《防雷减灾管理办法》",
                        "新建、改建、扩建建(构)筑物的防雷装置",
                        List.of(
                                businessLicense,
                                new MaterialRequirement(
                                        "design-drawings", "防雷装置设计图纸", MaterialForm.ORIGINAL, true, null, null),
                                new MaterialRequirement(
                                        "design-qualification", "设计单位资质证明", MaterialForm.COPY, true, null, null)),
                        List.of(
                                new ProcessStep("technical-review", "技术审查", "approver", 5),
                                new ProcessStep("decide", "决定", "approver", 2)),
                        20,
                        10,
                        BigDecimal.ZERO,
                        "",
                        CaseType.PROMISED,
                        false,
                        true,
                        LIGHTNING_PROTECTION_DESIGN,
                        List.of("panyu-district-center")),
                new MatterDefinition(
                        "TX-DJ-001",
                        "涉税信息确认",
                        "tax",
                        "07",
                        Set.of(Subject.ENTERPRISE, Subject.PERSON),
                        "《中华人民共和国税收征收管理法》第十五条",
                        "",
                        List.of(idCard),
                        List.of(new ProcessStep("review", "审核", "approver", 3)),
                        10,
                        5,
                        BigDecimal.ZERO,
                        "",
                        CaseType.PROMISED,
                        false,
                        true,
                        null,
                        List.of("panyu-tax-hall")),
                new MatterDefinition(
                        "HS-ZL-001",
                        "房屋租赁登记备案",
                        "housing",
                        "10",
                        Set.of(Subject.ENTERPRISE, Subject.PERSON),
                        "《商品房屋租赁管理办法》第十四条",
                        "",
                        List.of(idCard),
                        List.of(new ProcessStep("review", "审核", "approver", 3)),
                        5,
                        3,
                        BigDecimal.ZERO,
                        "",
                        CaseType.PROMISED,
                        false,
                        true,
                        null,
                        List.of("panyu-real-estate-hall")));
    }
}

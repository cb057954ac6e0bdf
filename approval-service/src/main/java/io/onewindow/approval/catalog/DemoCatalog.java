package io.onewindow.approval.catalog;

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

    /** The district service center, where most matters can be booked. */
    static final String CENTER = "panyu-district-center";

    /** Panyu's 16 towns and streets by the pinyin of their service points' ids ({@code town-<pinyin>}). */
    static final List<String> TOWNS = List.of(
            "shiqiao",
            "shatou",
            "donghuan",
            "qiaonan",
            "xiaoguwei",
            "dashi",
            "luopu",
            "shibi",
            "zhongcun",
            "dalong",
            "shawan",
            "nancun",
            "xinzao",
            "hualong",
            "shilou",
            "shiji");

    /** Village/community stations per town ({@code village-<pinyin>-<n>}). */
    static final int STATIONS_PER_TOWN = 3;

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
        List<MatterDefinition> matters = new ArrayList<>(List.of(
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
                        List.of("panyu-district-center", "hall-business-operations", "town-shiqiao")),
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
                        List.of("panyu-district-center", "town-shiqiao")),
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
                        List.of("hall-tax")),
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
                        List.of("hall-real-estate-trading"))));
        matters.addAll(bookedAtTheHalls(idCard, review));
        return List.copyOf(matters);
    }

    /**
     * The matters people book a visit for at the halls (appointment-service's demo offers name
     * them by these codes): in the catalog like any other, so a booking and the case it becomes
     * speak of the same matter, and a guide names only halls that exist.
     */
    private static List<MatterDefinition> bookedAtTheHalls(MaterialRequirement idCard, List<ProcessStep> review) {
        MaterialRequirement householdBook =
                new MaterialRequirement("household-register", "居民户口簿", MaterialForm.ORIGINAL, true, null, null);
        MaterialRequirement photo =
                new MaterialRequirement("photo", "近期免冠证件照片", MaterialForm.ORIGINAL, true, null, null);
        List<ProcessStep> check = List.of(new ProcessStep("window-check", "窗口核对", "window-officer", 0));
        List<ProcessStep> shortReview = List.of(new ProcessStep("review", "审核", "approver", 3));
        Set<Subject> people = Set.of(Subject.PERSON);
        Set<Subject> anyone = Set.of(Subject.PERSON, Subject.ENTERPRISE);
        List<String> towns = TOWNS.stream().map(t -> "town-" + t).toList();
        List<String> villages = TOWNS.stream()
                .flatMap(t -> java.util.stream.IntStream.rangeClosed(1, STATIONS_PER_TOWN)
                        .mapToObj(i -> "village-" + t + "-" + i))
                .toList();
        return List.of(
                promised(
                        "MR-ENT-REG",
                        "企业设立登记",
                        "market-regulation",
                        anyone,
                        "《中华人民共和国市场主体登记管理条例》第十九条",
                        List.of(
                                idCard,
                                new MaterialRequirement("articles", "公司章程", MaterialForm.ORIGINAL, true, null, null),
                                new MaterialRequirement("premises", "住所使用证明", MaterialForm.COPY, true, null, null)),
                        List.of(new ProcessStep("review", "审查", "approver", 1)),
                        3,
                        1,
                        BUSINESS_LICENSE,
                        List.of(CENTER, "hall-business-registration")),
                promised(
                        "RE-TRANSFER-REG",
                        "不动产转移登记",
                        "real-estate-registration",
                        anyone,
                        "《不动产登记暂行条例》第二十条；《不动产登记暂行条例实施细则》",
                        List.of(
                                idCard,
                                new MaterialRequirement(
                                        "title-certificate", "不动产权属证书", MaterialForm.ORIGINAL, true, null, null),
                                new MaterialRequirement(
                                        "transfer-contract", "存量房买卖合同", MaterialForm.ORIGINAL, true, null, null),
                                new MaterialRequirement(
                                        "tax-certificate", "完税或减免税凭证", MaterialForm.COPY, true, null, null)),
                        List.of(
                                new ProcessStep("review", "审核", "approver", 3),
                                new ProcessStep("register", "登簿", "approver", 1)),
                        30,
                        5,
                        null,
                        List.of(CENTER, "hall-real-estate", "hall-real-estate-trading")),
                promised(
                        "TAX-HOUSING-DEED",
                        "存量房交易契税申报",
                        "tax",
                        anyone,
                        "《中华人民共和国契税法》第九条、第十条",
                        List.of(
                                idCard,
                                new MaterialRequirement(
                                        "transfer-contract", "存量房买卖合同", MaterialForm.COPY, true, null, null)),
                        List.of(new ProcessStep("review", "审核", "approver", 1)),
                        10,
                        1,
                        null,
                        List.of(CENTER, "hall-real-estate", "hall-real-estate-trading", "hall-tax")),
                promised(
                        "CON-PERMIT",
                        "建筑工程施工许可",
                        "housing-construction",
                        Set.of(Subject.ENTERPRISE),
                        "《中华人民共和国建筑法》第七条、第八条；《建筑工程施工许可管理办法》",
                        List.of(
                                businessLicenseOf(),
                                new MaterialRequirement(
                                        "land-use-permit", "建设工程规划许可证", MaterialForm.COPY, true, null, null),
                                new MaterialRequirement(
                                        "construction-contract", "施工合同", MaterialForm.COPY, true, null, null)),
                        review,
                        7,
                        7,
                        null,
                        List.of(CENTER, "hall-construction")),
                promised(
                        "TRADE-REG",
                        "对外贸易经营者备案登记",
                        "commerce",
                        anyone,
                        "《中华人民共和国对外贸易法》第九条；《对外贸易经营者备案登记办法》",
                        List.of(businessLicenseOf()),
                        shortReview,
                        5,
                        3,
                        null,
                        List.of(CENTER, "hall-customs-trade")),
                promised(
                        "EE-PASSPORT",
                        "普通护照签发",
                        "public-security",
                        people,
                        "《中华人民共和国护照法》第五条、第六条",
                        List.of(idCard, photo),
                        List.of(new ProcessStep("review", "审批", "approver", 7)),
                        15,
                        7,
                        null,
                        List.of(CENTER, "hall-entry-exit", "hall-police")),
                onTheSpot(
                        "SS-CARD",
                        "社会保障卡申领",
                        "human-resources-social-security",
                        "《中华人民共和国社会保险法》第五十八条",
                        List.of(idCard, photo),
                        check,
                        concat(List.of(CENTER, "hall-personal-public", "hall-social-security"), towns, villages)),
                onTheSpot(
                        "MED-INS",
                        "城乡居民医保参保登记",
                        "healthcare-security",
                        "《中华人民共和国社会保险法》第二十五条",
                        List.of(idCard, householdBook),
                        check,
                        concat(List.of("hall-personal-public", "hall-social-security"), towns)),
                promised(
                        "GOV-INFO",
                        "政府信息公开申请",
                        "district-admin-service",
                        anyone,
                        "《中华人民共和国政府信息公开条例》第二十七条、第三十三条",
                        List.of(idCard),
                        shortReview,
                        20,
                        10,
                        null,
                        List.of(CENTER, "hall-open-government")),
                promised(
                        "HH-MOVE",
                        "户口迁移",
                        "public-security",
                        people,
                        "《中华人民共和国户口登记条例》第十条",
                        List.of(idCard, householdBook),
                        shortReview,
                        10,
                        5,
                        null,
                        concat(List.of("hall-police"), towns)),
                onTheSpot(
                        "VEH-DL-RENEW",
                        "机动车驾驶证换证",
                        "traffic-police",
                        "《机动车驾驶证申领和使用规定》第五十六条",
                        List.of(
                                idCard,
                                photo,
                                new MaterialRequirement(
                                        "medical-certificate", "身体条件证明", MaterialForm.ORIGINAL, true, null, null)),
                        check,
                        List.of("hall-vehicles")),
                onTheSpot(
                        "MAR-REG",
                        "内地居民结婚登记",
                        "civil-affairs",
                        "《婚姻登记条例》第四条、第五条、第七条",
                        List.of(idCard, householdBook, photo),
                        check,
                        List.of("hall-marriage")),
                promised(
                        "LEGAL-AID",
                        "法律援助申请",
                        "justice",
                        people,
                        "《中华人民共和国法律援助法》第四十三条",
                        List.of(
                                idCard,
                                new MaterialRequirement(
                                        "hardship-statement", "经济困难状况说明表", MaterialForm.ORIGINAL, true, null, null)),
                        List.of(new ProcessStep("review", "审查", "approver", 7)),
                        7,
                        7,
                        null,
                        List.of("hall-legal")),
                onTheSpot(
                        "TAX-REG",
                        "涉税信息报告",
                        "tax",
                        "《中华人民共和国税收征收管理法》第十五条、第十六条",
                        List.of(idCard),
                        check,
                        List.of("hall-tax")),
                promised(
                        "ELDER-ALLOW",
                        "高龄老人津贴申领",
                        "civil-affairs",
                        people,
                        "《广东省老年人权益保障条例》；广州市高龄老人长寿保健金发放办法",
                        List.of(idCard, householdBook),
                        shortReview,
                        10,
                        5,
                        null,
                        concat(towns, villages)));
    }

    private static MaterialRequirement businessLicenseOf() {
        return new MaterialRequirement("business-license", "营业执照", MaterialForm.COPY, true, null, BUSINESS_LICENSE);
    }

    private static MatterDefinition promised(
            String code,
            String name,
            String department,
            Set<Subject> subjects,
            String legalBasis,
            List<MaterialRequirement> materials,
            List<ProcessStep> steps,
            int statutory,
            int promised,
            String licenseType,
            List<String> halls) {
        return new MatterDefinition(
                code,
                name,
                department,
                "01",
                subjects,
                legalBasis,
                "",
                materials,
                steps,
                statutory,
                promised,
                BigDecimal.ZERO,
                "",
                CaseType.PROMISED,
                false,
                false,
                licenseType,
                halls);
    }

    private static MatterDefinition onTheSpot(
            String code,
            String name,
            String department,
            String legalBasis,
            List<MaterialRequirement> materials,
            List<ProcessStep> steps,
            List<String> halls) {
        return new MatterDefinition(
                code,
                name,
                department,
                "10",
                Set.of(Subject.PERSON),
                legalBasis,
                "",
                materials,
                steps,
                0,
                0,
                BigDecimal.ZERO,
                "",
                CaseType.ON_THE_SPOT,
                true,
                false,
                null,
                halls);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}

package io.onewindow.appointment.servicepoint;

import io.onewindow.appointment.servicepoint.domain.LinkedBusiness;
import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.servicepoint.domain.Tier;
import io.onewindow.appointment.servicepoint.domain.TimeRange;
import io.onewindow.appointment.servicepoint.domain.Window;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo data for the local run: Panyu's district service center with its themed halls, the
 * specialised halls, the 16 town/street centers and generated village/community stations.
 * Upserted by natural id, so restarts do not duplicate; off in production
 * ({@code ONEWINDOW_DEMO_DATA_ENABLED=false}). Each point is announced ({@code ServicePointRecorded},
 * by {@code system}) when it is new or its registry content changed, not on every restart.
 *
 * <p>The demo data trusts its own matter codes, names and departments: it is upserted at start-up,
 * before (or without) approval-service's catalog events ({@code MatterVersionPublished}), so it does
 * not ask the catalog as the offering API does. Its booking codes ({@code MR-ENT-REG}, …) and the
 * catalog codes it offers ({@code MR-GT-001}, {@code MR-SP-001}, {@code MR-BA-001}, {@code QX-FL-001},
 * {@code TX-DJ-001}, {@code HS-ZL-001}) are expected in approval's demo catalog.
 */
@Component
@ConditionalOnProperty(name = "onewindow.demo-data.enabled", havingValue = "true")
public class DemoServicePoints implements ApplicationRunner {

    /** 企业设立登记 (market-regulation, line B, 20 minutes, 4 places). */
    public static final MatterOffer ENTERPRISE_REGISTRATION =
            new MatterOffer("MR-ENT-REG", "企业设立登记", "market-regulation", "B", 20, 4);

    /** 不动产转移登记 (real-estate-registration, line A, 30 minutes, 4 places). */
    public static final MatterOffer PROPERTY_TRANSFER =
            new MatterOffer("RE-TRANSFER-REG", "不动产转移登记", "real-estate-registration", "A", 30, 4);

    /** 存量房交易契税申报 (tax, line T, 30 minutes, 4 places). */
    public static final MatterOffer DEED_TAX = new MatterOffer("TAX-HOUSING-DEED", "存量房交易契税申报", "tax", "T", 30, 4);

    /** 一号联办: the transfer registration and the deed tax under one code. */
    public static final LinkedBusiness HOUSING_TRANSFER =
            new LinkedBusiness("HOUSING-TRANSFER", "二手房转移登记(一号联办)", List.of(PROPERTY_TRANSFER.code(), DEED_TAX.code()));

    /** 个体工商户设立登记 (catalog MR-GT-001, market-regulation, line K). */
    public static final MatterOffer INDIVIDUAL_BUSINESS =
            new MatterOffer("MR-GT-001", "个体工商户设立登记", "market-regulation", "K", 20, 3);

    /** 食品经营许可 (catalog MR-SP-001, market-regulation, line F). */
    public static final MatterOffer FOOD_BUSINESS =
            new MatterOffer("MR-SP-001", "食品经营许可", "market-regulation", "F", 20, 3);

    /** 仅销售预包装食品备案 (catalog MR-BA-001, market-regulation, line J). */
    public static final MatterOffer PREPACKAGED_FOOD =
            new MatterOffer("MR-BA-001", "仅销售预包装食品备案", "market-regulation", "J", 15, 3);

    /** 防雷装置设计审核 (catalog QX-FL-001, meteorology, line Q). */
    public static final MatterOffer LIGHTNING_PROTECTION =
            new MatterOffer("QX-FL-001", "防雷装置设计审核", "meteorology", "Q", 30, 2);

    /** 涉税信息确认 (catalog TX-DJ-001, tax, line X). */
    public static final MatterOffer TAX_INFORMATION = new MatterOffer("TX-DJ-001", "涉税信息确认", "tax", "X", 20, 3);

    /** 房屋租赁登记备案 (catalog HS-ZL-001, housing, line R). */
    public static final MatterOffer HOUSING_LEASE = new MatterOffer("HS-ZL-001", "房屋租赁登记备案", "housing", "R", 20, 3);

    /** The district service center. */
    public static final String CENTER = "panyu-district-center";

    /** The real-estate trading hall (不动产交易大厅), with comprehensive windows. */
    public static final String REAL_ESTATE_TRADING = "hall-real-estate-trading";

    static final String SHIQIAO = "town-shiqiao";

    /** Department names for the labels of department windows. */
    static final Map<String, String> DEPARTMENT_NAMES = Map.ofEntries(
            Map.entry("market-regulation", "市场监管"),
            Map.entry("real-estate-registration", "不动产登记"),
            Map.entry("tax", "税务"),
            Map.entry("housing", "住房租赁"),
            Map.entry("housing-construction", "住房城乡建设"),
            Map.entry("commerce", "商务"),
            Map.entry("public-security", "公安"),
            Map.entry("human-resources-social-security", "人力资源社会保障"),
            Map.entry("healthcare-security", "医疗保障"),
            Map.entry("district-admin-service", "政务服务"),
            Map.entry("traffic-police", "交警"),
            Map.entry("civil-affairs", "民政"),
            Map.entry("justice", "司法行政"),
            Map.entry("meteorology", "气象"));

    /** Panyu's 16 towns and streets (镇街), with their pinyin ids. */
    static final List<String[]> TOWNS = List.of(
            new String[] {"shiqiao", "市桥街"},
            new String[] {"shatou", "沙头街"},
            new String[] {"donghuan", "东环街"},
            new String[] {"qiaonan", "桥南街"},
            new String[] {"xiaoguwei", "小谷围街"},
            new String[] {"dashi", "大石街"},
            new String[] {"luopu", "洛浦街"},
            new String[] {"shibi", "石壁街"},
            new String[] {"zhongcun", "钟村街"},
            new String[] {"dalong", "大龙街"},
            new String[] {"shawan", "沙湾街"},
            new String[] {"nancun", "南村镇"},
            new String[] {"xinzao", "新造镇"},
            new String[] {"hualong", "化龙镇"},
            new String[] {"shilou", "石楼镇"},
            new String[] {"shiji", "石碁镇"});

    static final int STATIONS_PER_TOWN = 3;

    private static final Logger log = LoggerFactory.getLogger(DemoServicePoints.class);

    private final ServicePointDirectory directory;

    DemoServicePoints(ServicePointDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<ServicePoint> points = points();
        long written = points.stream().filter(directory::upsert).count();
        log.info("Demo data: {} of {} service points upserted (closed ones left closed)", written, points.size());
    }

    /** Every demo point, as the demo data defines it (registry version 0, nothing recorded). */
    public static List<ServicePoint> points() {
        List<ServicePoint> points = new ArrayList<>();
        MatterOffer entReg = ENTERPRISE_REGISTRATION;
        MatterOffer transfer = PROPERTY_TRANSFER;
        MatterOffer deedTax = DEED_TAX;
        MatterOffer permit = new MatterOffer("CON-PERMIT", "建筑工程施工许可", "housing-construction", "C", 30, 2);
        MatterOffer trade = new MatterOffer("TRADE-REG", "对外贸易经营者备案", "commerce", "D", 20, 3);
        MatterOffer passport = new MatterOffer("EE-PASSPORT", "普通护照签发", "public-security", "E", 15, 6);
        MatterOffer ssCard = new MatterOffer("SS-CARD", "社会保障卡申领", "human-resources-social-security", "S", 15, 4);
        MatterOffer medIns = new MatterOffer("MED-INS", "城乡居民医保参保登记", "healthcare-security", "S", 15, 4);
        MatterOffer govInfo = new MatterOffer("GOV-INFO", "政府信息公开申请", "district-admin-service", "G", 20, 2);
        MatterOffer household = new MatterOffer("HH-MOVE", "户口迁移", "public-security", "H", 20, 4);
        MatterOffer license = new MatterOffer("VEH-DL-RENEW", "机动车驾驶证换证", "traffic-police", "V", 15, 6);
        MatterOffer marriage = new MatterOffer("MAR-REG", "结婚登记", "civil-affairs", "M", 30, 3);
        MatterOffer legalAid = new MatterOffer("LEGAL-AID", "法律援助申请", "justice", "L", 30, 2);
        MatterOffer taxReg = new MatterOffer("TAX-REG", "涉税信息报告", "tax", "T", 20, 4);
        MatterOffer elderly = new MatterOffer("ELDER-ALLOW", "高龄老人津贴申领", "civil-affairs", "M", 15, 2);
        LinkedBusiness housingTransfer = HOUSING_TRANSFER;

        String address = "广州市番禺区市桥街清河东路319号";
        points.add(point(
                CENTER,
                "番禺区政务服务中心",
                Tier.DISTRICT,
                null,
                address,
                22.9375,
                113.3845,
                true,
                List.of(
                        entReg,
                        transfer,
                        deedTax,
                        permit,
                        trade,
                        passport,
                        ssCard,
                        govInfo,
                        INDIVIDUAL_BUSINESS,
                        FOOD_BUSINESS,
                        PREPACKAGED_FOOD,
                        LIGHTNING_PROTECTION),
                List.of(housingTransfer)));
        String[][] themed = {
            {"hall-real-estate", "不动产登记专区"},
            {"hall-business-registration", "商事登记专区"},
            {"hall-business-operations", "经营许可专区"},
            {"hall-construction", "工程建设专区"},
            {"hall-customs-trade", "海关和贸易专区"},
            {"hall-entry-exit", "出入境专区"},
            {"hall-personal-public", "个人和公共服务专区"},
            {"hall-open-government", "政务公开专区"}
        };
        List<List<MatterOffer>> themedMatters = List.of(
                List.of(transfer, deedTax),
                List.of(entReg),
                List.of(FOOD_BUSINESS),
                List.of(permit),
                List.of(trade),
                List.of(passport),
                List.of(ssCard, medIns),
                List.of(govInfo));
        for (int i = 0; i < themed.length; i++) {
            points.add(point(
                    themed[i][0],
                    "番禺区政务服务中心" + themed[i][1],
                    Tier.DISTRICT,
                    CENTER,
                    address,
                    22.9375,
                    113.3845,
                    false,
                    themedMatters.get(i),
                    i == 0 ? List.of(housingTransfer) : List.of()));
        }
        points.add(point(
                "hall-police",
                "番禺区公安户政出入境大厅",
                Tier.DISTRICT,
                null,
                "广州市番禺区市桥街繁华路",
                22.94,
                113.36,
                false,
                List.of(household, passport),
                List.of()));
        points.add(point(
                "hall-vehicles",
                "番禺区车管所",
                Tier.DISTRICT,
                null,
                "广州市番禺区大石街",
                23.01,
                113.31,
                false,
                List.of(license),
                List.of()));
        points.add(point(
                "hall-social-security",
                "番禺区社会保险服务大厅",
                Tier.DISTRICT,
                null,
                "广州市番禺区市桥街",
                22.94,
                113.37,
                false,
                List.of(ssCard, medIns),
                List.of()));
        points.add(point(
                "hall-marriage",
                "番禺区婚姻登记处",
                Tier.DISTRICT,
                null,
                "广州市番禺区市桥街",
                22.94,
                113.38,
                false,
                List.of(marriage),
                List.of()));
        points.add(point(
                REAL_ESTATE_TRADING,
                "番禺区不动产交易大厅",
                Tier.DISTRICT,
                null,
                "广州市番禺区南村镇",
                22.99,
                113.39,
                true,
                List.of(transfer, deedTax, HOUSING_LEASE),
                List.of(housingTransfer)));
        points.add(point(
                "hall-legal",
                "番禺区公共法律服务中心",
                Tier.DISTRICT,
                null,
                "广州市番禺区市桥街",
                22.93,
                113.36,
                false,
                List.of(legalAid),
                List.of()));
        points.add(point(
                "hall-tax",
                "番禺区税务局办税服务厅",
                Tier.DISTRICT,
                null,
                "广州市番禺区市桥街",
                22.94,
                113.35,
                false,
                List.of(taxReg, deedTax, TAX_INFORMATION),
                List.of()));
        for (int t = 0; t < TOWNS.size(); t++) {
            String[] town = TOWNS.get(t);
            String townId = "town-" + town[0];
            double lat = 22.85 + t * 0.012;
            double lon = 113.30 + t * 0.011;
            points.add(point(
                    townId,
                    town[1] + "政务服务中心",
                    Tier.TOWN,
                    CENTER,
                    "广州市番禺区" + town[1],
                    lat,
                    lon,
                    false,
                    townId.equals(SHIQIAO)
                            ? List.of(ssCard, medIns, household, elderly, FOOD_BUSINESS, PREPACKAGED_FOOD)
                            : List.of(ssCard, medIns, household, elderly),
                    List.of()));
            for (int s = 1; s <= STATIONS_PER_TOWN; s++) {
                points.add(point(
                        "village-" + town[0] + "-" + s,
                        town[1] + "第" + s + "社区党群服务站",
                        Tier.VILLAGE,
                        townId,
                        "广州市番禺区" + town[1] + "第" + s + "社区",
                        lat + s * 0.002,
                        lon + s * 0.002,
                        false,
                        List.of(
                                new MatterOffer("SS-CARD", "社会保障卡申领", "human-resources-social-security", "S", 20, 1),
                                elderly),
                        List.of()));
            }
        }
        return points;
    }

    private static ServicePoint point(
            String id,
            String name,
            Tier tier,
            String parent,
            String address,
            double lat,
            double lon,
            boolean comprehensive,
            List<MatterOffer> matters,
            List<LinkedBusiness> linked) {
        Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
        List<TimeRange> day = List.of(TimeRange.of("09:00", "12:00"), TimeRange.of("13:30", "17:00"));
        for (DayOfWeek weekday : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.put(weekday, day);
        }
        return new ServicePoint(
                id,
                name,
                tier,
                parent,
                address,
                lat,
                lon,
                hours,
                windows(tier, matters, comprehensive),
                matters,
                linked,
                Set.of());
    }

    /**
     * The windows of a demo point: at the district center and the real-estate trading hall three
     * comprehensive windows (综合受理窗口, the third also hands out results) and the delivery window
     * (统一出件窗口); at every point, per department of its matters, department windows numbered by the
     * department's first queue line ({@code B1}, {@code B2}, …): three at district halls, two at
     * towns and streets, one at a station.
     */
    static List<Window> windows(Tier tier, List<MatterOffer> matters, boolean comprehensive) {
        List<Window> windows = new ArrayList<>();
        if (comprehensive) {
            windows.add(Window.comprehensive("1", "综合受理窗口", false));
            windows.add(Window.comprehensive("2", "综合受理窗口", false));
            windows.add(Window.comprehensive("3", "综合受理窗口（兼出件）", true));
            windows.add(Window.ofDepartment("4", "统一出件窗口", "district-admin-service", true));
        }
        int perDepartment = tier == Tier.DISTRICT ? 3 : tier == Tier.TOWN ? 2 : 1;
        Map<String, String> lineOfDepartment = new LinkedHashMap<>();
        matters.forEach(m -> lineOfDepartment.putIfAbsent(m.department(), m.line()));
        Map<String, Integer> usedOfLine = new HashMap<>();
        lineOfDepartment.forEach((department, line) -> {
            for (int i = 0; i < perDepartment; i++) {
                int n = usedOfLine.merge(line, 1, Integer::sum);
                windows.add(Window.ofDepartment(
                        line + n, DEPARTMENT_NAMES.getOrDefault(department, department) + "窗口", department, false));
            }
        });
        return windows;
    }
}

package io.onewindow.appointment.servicepoint;

import io.onewindow.appointment.servicepoint.domain.LinkedBusiness;
import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.servicepoint.domain.Tier;
import io.onewindow.appointment.servicepoint.domain.TimeRange;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
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
 * ({@code ONEWINDOW_DEMO_DATA_ENABLED=false}).
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

    static final String CENTER = "panyu-district-center";

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
        points.forEach(directory::upsert);
        log.info("Demo data: {} service points upserted", points.size());
    }

    static List<ServicePoint> points() {
        List<ServicePoint> points = new ArrayList<>();
        MatterOffer entReg = ENTERPRISE_REGISTRATION;
        MatterOffer foodLic = new MatterOffer("MR-FOOD-LIC", "食品经营许可", "market-regulation", "B", 20, 3);
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
                12,
                List.of(entReg, foodLic, transfer, deedTax, permit, trade, passport, ssCard, govInfo),
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
                List.of(foodLic),
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
                    4,
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
                8,
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
                10,
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
                8,
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
                4,
                List.of(marriage),
                List.of()));
        points.add(point(
                "hall-real-estate-trading",
                "番禺区不动产交易大厅",
                Tier.DISTRICT,
                null,
                "广州市番禺区南村镇",
                22.99,
                113.39,
                10,
                List.of(transfer, deedTax),
                List.of(housingTransfer)));
        points.add(point(
                "hall-legal",
                "番禺区公共法律服务中心",
                Tier.DISTRICT,
                null,
                "广州市番禺区市桥街",
                22.93,
                113.36,
                3,
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
                12,
                List.of(taxReg, deedTax),
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
                    4,
                    List.of(ssCard, medIns, household, elderly),
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
                        1,
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
            int windows,
            List<MatterOffer> matters,
            List<LinkedBusiness> linked) {
        Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
        List<TimeRange> day = List.of(TimeRange.of("09:00", "12:00"), TimeRange.of("13:30", "17:00"));
        for (DayOfWeek weekday : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.put(weekday, day);
        }
        return new ServicePoint(id, name, tier, parent, address, lat, lon, hours, windows, matters, linked, Set.of());
    }
}

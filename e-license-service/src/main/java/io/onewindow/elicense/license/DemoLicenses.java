package io.onewindow.elicense.license;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo licenses for the local run ({@code onewindow.demo-data.enabled}), so the demo users'
 * wallets are not empty: a business license of enterprise1's company and a food business
 * license of citizen1, digitised under fixed ids so restarts do not duplicate them (seeded as
 * requested by one demo person and confirmed by another, with the rule's dates and reason).
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "onewindow.demo-data.enabled", havingValue = "true")
class DemoLicenses implements ApplicationRunner {

    private static final String DEPARTMENT = "market-regulation";
    private static final String REQUESTED_BY = "demo-seed";
    private static final String CONFIRMED_BY = "demo-seed-confirmer";
    private static final String REASON = "demo data of the local run: the paper license predates the platform";

    private final Digitisation digitisation;

    DemoLicenses(Digitisation digitisation) {
        this.digitisation = digitisation;
    }

    @Override
    public void run(ApplicationArguments args) {
        digitisation.seedOnce(
                "lic-demo-enterprise1-business",
                new Digitisation.DigitiseCommand(
                        "11100000000013338W001",
                        "广州番禺示例科技有限公司",
                        "91440113MA5D000166",
                        "001",
                        LocalDate.of(2021, 5, 20),
                        LocalDate.of(2021, 5, 20),
                        null,
                        Map.of(
                                "名称", "广州番禺示例科技有限公司",
                                "类型", "有限责任公司(自然人投资或控股)",
                                "法定代表人", "示例",
                                "经营范围", "软件开发；信息技术咨询服务",
                                "注册资本", "人民币壹佰万元",
                                "住所", "广州市番禺区市桥街示例路1号"),
                        REASON),
                DEPARTMENT,
                REQUESTED_BY,
                CONFIRMED_BY);
        digitisation.seedOnce(
                "lic-demo-citizen1-food",
                new Digitisation.DigitiseCommand(
                        "11100000000013338W002",
                        "番禺示例小食店(经营者:示例)",
                        "440113199003071235",
                        "111",
                        LocalDate.of(2022, 1, 10),
                        LocalDate.of(2022, 1, 10),
                        null,
                        Map.of(
                                "经营者名称", "番禺示例小食店",
                                "经营场所", "广州市番禺区大石街示例路8号",
                                "主体业态", "食品销售经营者",
                                "经营项目", "预包装食品销售"),
                        REASON),
                DEPARTMENT,
                REQUESTED_BY,
                CONFIRMED_BY);
    }
}

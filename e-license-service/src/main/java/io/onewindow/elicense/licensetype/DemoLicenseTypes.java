package io.onewindow.elicense.licensetype;

import io.onewindow.elicense.licensetype.domain.LicenseType;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo license types matching the demo matter catalog, for the local run
 * ({@code onewindow.demo-data.enabled}); upserted by code so restarts do not duplicate them.
 * Credit codes of the Panyu bodies are demo values with correct check characters.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "onewindow.demo-data.enabled", havingValue = "true")
class DemoLicenseTypes implements ApplicationRunner {

    /** 营业执照, defined by the State Administration for Market Regulation; no expiry. */
    static final LicenseType BUSINESS_LICENSE = new LicenseType(
            "11100000000013338W001",
            "营业执照",
            "国家市场监督管理总局",
            "market-regulation",
            "广州市番禺区市场监督管理局",
            "11440113MB2C000057",
            0,
            List.of("名称", "类型", "法定代表人", "经营范围", "注册资本", "住所"));

    /** 食品经营许可证, five years. */
    static final LicenseType FOOD_BUSINESS_LICENSE = new LicenseType(
            "11100000000013338W002",
            "食品经营许可证",
            "国家市场监督管理总局",
            "market-regulation",
            "广州市番禺区市场监督管理局",
            "11440113MB2C000057",
            5,
            List.of("经营者名称", "经营场所", "主体业态", "经营项目"));

    /** 防雷装置设计审核意见书, defined by the meteorological administration; three years. */
    static final LicenseType LIGHTNING_PROTECTION_DESIGN = new LicenseType(
            "11100000400013398G001",
            "防雷装置设计审核意见书",
            "中国气象局",
            "meteorology",
            "广州市番禺区气象局",
            "12440113MB2C00010M",
            3,
            List.of("项目名称", "建设地点", "设计单位", "审核意见"));

    private final LicenseTypes types;

    DemoLicenseTypes(LicenseTypes types) {
        this.types = types;
    }

    @Override
    public void run(ApplicationArguments args) {
        List.of(BUSINESS_LICENSE, FOOD_BUSINESS_LICENSE, LIGHTNING_PROTECTION_DESIGN)
                .forEach(types::seed);
    }
}

package io.onewindow.approval.department;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The departments of the local run ({@code onewindow.demo-data.enabled}, default on; production
 * turns it off and registers its departments through the API): every department the demo catalog,
 * the realm's staff and the partner clients name, with its Chinese name; {@code tax} and {@code
 * housing} with their partner systems. Runs before every other demo runner ({@link #ORDER}), so the
 * demo catalog finds its departments registered. Seeded once: a restart finds them and leaves them.
 */
@Component
@ConditionalOnProperty(name = "onewindow.demo-data.enabled", havingValue = "true")
@Order(DemoDepartments.ORDER)
public class DemoDepartments implements ApplicationRunner {

    /** First of the demo runners: runners without an order (the demo catalog) run after it. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    private static final Logger log = LoggerFactory.getLogger(DemoDepartments.class);

    private final DepartmentRegistry registry;

    DemoDepartments(DepartmentRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, DepartmentRegistry.Particulars> departments = departments();
        departments.forEach(registry::seed);
        log.info("Demo departments present: {}", departments.size());
    }

    /** The demo departments by code. */
    public static Map<String, DepartmentRegistry.Particulars> departments() {
        Map<String, DepartmentRegistry.Particulars> d = new LinkedHashMap<>();
        d.put("market-regulation", plain("番禺区市场监督管理局"));
        d.put("real-estate-registration", plain("番禺区不动产登记中心"));
        d.put("tax", new DepartmentRegistry.Particulars("国家税务总局广州市番禺区税务局", "partner-tax"));
        d.put("housing", new DepartmentRegistry.Particulars("番禺区住房和城乡建设局", "partner-housing"));
        d.put("housing-construction", plain("番禺区建设工程项目审批服务中心"));
        d.put("commerce", plain("番禺区商务局"));
        d.put("public-security", plain("广州市公安局番禺区分局"));
        d.put("traffic-police", plain("广州市公安局交通警察支队番禺大队"));
        d.put("human-resources-social-security", plain("番禺区人力资源和社会保障局"));
        d.put("healthcare-security", plain("番禺区医疗保障局"));
        d.put("civil-affairs", plain("番禺区民政局"));
        d.put("justice", plain("番禺区司法局"));
        d.put("meteorology", plain("番禺区气象局"));
        d.put("district-admin-service", plain("番禺区政务服务数据管理局"));
        d.put("discipline-inspection", plain("番禺区纪委监委派驻纪检监察组"));
        return d;
    }

    private static DepartmentRegistry.Particulars plain(String name) {
        return new DepartmentRegistry.Particulars(name, null);
    }
}

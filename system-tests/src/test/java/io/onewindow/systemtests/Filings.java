package io.onewindow.systemtests;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * How enterprise1 (广州番禺示例科技有限公司) files with approval-service, as its portal does: its
 * business license is an e-license (demo data of e-license-service), other materials are uploaded
 * PDFs, and a food operation license (MR-SP-001, market-regulation) is the usual application.
 */
final class Filings {

    static final String FOOD_LICENSE = "MR-SP-001";
    static final String COMPANY_NAME = "广州番禺示例科技有限公司";

    private Filings() {}

    /** The identifier of the company's business license, held as an e-license. */
    static String businessLicense(Gateway gateway, String companyToken) {
        return gateway.get("/api/licenses/lic-demo-enterprise1-business", companyToken)
                .expect(200)
                .text("identifier");
    }

    /** Uploads a small PDF as a material file; returns its id. */
    static String upload(Gateway gateway, String token, String name) {
        byte[] pdf = ("%PDF-1.7\n% " + name + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        return gateway.postMultipart("/api/approvals/files", token, name, "application/pdf", pdf)
                .expect(201)
                .text("id");
    }

    /** A food-license application for premises at {@code address}, with these materials. */
    static Map<String, Object> foodLicense(String address, List<Map<String, String>> materials) {
        return Map.of(
                "matterCode",
                FOOD_LICENSE,
                "enterpriseName",
                COMPANY_NAME,
                "formData",
                Map.of("经营者名称", COMPANY_NAME, "经营场所", address, "主体业态", "餐饮服务经营者", "经营项目", "热食类食品制售"),
                "materials",
                materials);
    }

    /** Every material of a food license: the e-license for the business license, two uploaded PDFs. */
    static List<Map<String, String>> allFoodLicenseMaterials(Gateway gateway, String companyToken) {
        return List.of(
                Map.of("materialCode", "business-license", "licenseIdentifier", businessLicense(gateway, companyToken)),
                Map.of("materialCode", "layout", "fileId", upload(gateway, companyToken, "layout.pdf")),
                Map.of("materialCode", "safety-rules", "fileId", upload(gateway, companyToken, "safety-rules.pdf")));
    }

    /** Files a complete food-license application (201); returns the case id. */
    static String completeFoodLicense(Gateway gateway, String companyToken, String address) {
        return gateway.post(
                        "/api/approvals/cases",
                        companyToken,
                        foodLicense(address, allFoodLicenseMaterials(gateway, companyToken)))
                .expect(201)
                .text("id");
    }
}

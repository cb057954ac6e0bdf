package io.onewindow.elicense.license.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalFormTest {

    static LicenseContent sample(Map<String, String> face) {
        return new LicenseContent(
                "1.2.156.3005.2.11100000000013338W001.11440113MB2C000057.2026000001.001.D",
                "11100000000013338W001",
                "营业执照",
                "广州市番禺区市场监督管理局",
                "11440113MB2C000057",
                "market-regulation",
                "番禺示例科技有限公司",
                "91440113MA5D000166",
                HolderCodeType.CREDIT_CODE,
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 2),
                null,
                "440113",
                "MR-001",
                "企业设立登记",
                face,
                "market-regulation-k1");
    }

    @Test
    void isTheDocumentedBytesForAKnownLicense() {
        Map<String, String> face = new LinkedHashMap<>();
        face.put("住所", "广州市番禺区\"市桥\"街1号");
        face.put("经营范围", "软件开发\n技术服务");
        String expected = "{\"c14n\":\"ow-license-c14n-1\",\"department\":\"market-regulation\","
                + "\"faceData\":{\"住所\":\"广州市番禺区\\\"市桥\\\"街1号\",\"经营范围\":\"软件开发\\u000a技术服务\"},"
                + "\"holderCode\":\"91440113MA5D000166\",\"holderCodeType\":\"001\",\"holderName\":\"番禺示例科技有限公司\","
                + "\"identifier\":\"1.2.156.3005.2.11100000000013338W001.11440113MB2C000057.2026000001.001.D\","
                + "\"issuedOn\":\"2026-03-02\",\"issuerCode\":\"11440113MB2C000057\",\"issuerName\":\"广州市番禺区市场监督管理局\","
                + "\"keyId\":\"market-regulation-k1\",\"matterCode\":\"MR-001\",\"matterName\":\"企业设立登记\","
                + "\"regionCode\":\"440113\",\"typeCode\":\"11100000000013338W001\",\"typeName\":\"营业执照\","
                + "\"validFrom\":\"2026-03-02\"}";
        assertThat(new String(CanonicalForm.of(sample(face)), StandardCharsets.UTF_8))
                .isEqualTo(expected);
    }

    @Test
    void doesNotDependOnTheOrderFaceFieldsWereGivenIn() {
        Map<String, String> one = new LinkedHashMap<>();
        one.put("b", "2");
        one.put("a", "1");
        Map<String, String> other = new LinkedHashMap<>();
        other.put("a", "1");
        other.put("b", "2");
        assertThat(CanonicalForm.of(sample(one))).isEqualTo(CanonicalForm.of(sample(other)));
    }

    @Test
    void changesWhenAnySignedFieldChanges() {
        byte[] base = CanonicalForm.of(sample(Map.of("a", "1")));
        assertThat(CanonicalForm.of(sample(Map.of("a", "2")))).isNotEqualTo(base);
        LicenseContent otherKey = sample(Map.of("a", "1"));
        otherKey = new LicenseContent(
                otherKey.identifier(),
                otherKey.typeCode(),
                otherKey.typeName(),
                otherKey.issuerName(),
                otherKey.issuerCode(),
                otherKey.department(),
                otherKey.holderName(),
                otherKey.holderCode(),
                otherKey.holderCodeType(),
                otherKey.issuedOn(),
                otherKey.validFrom(),
                otherKey.validTo(),
                otherKey.regionCode(),
                otherKey.matterCode(),
                otherKey.matterName(),
                otherKey.faceData(),
                "market-regulation-k2");
        assertThat(CanonicalForm.of(otherKey)).isNotEqualTo(base);
    }
}

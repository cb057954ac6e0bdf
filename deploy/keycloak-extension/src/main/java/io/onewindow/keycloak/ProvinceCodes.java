package io.onewindow.keycloak;

import java.util.Set;

/**
 * The first two digits of an administrative division code (GB/T 2260): the provinces, autonomous
 * regions and municipalities, Taiwan (71), Hong Kong (81) and Macao (82). A resident ID number
 * whose first two digits are none of these was not issued anywhere.
 */
final class ProvinceCodes {

    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", // 北京 天津 河北 山西 内蒙古
            "21", "22", "23", // 辽宁 吉林 黑龙江
            "31", "32", "33", "34", "35", "36", "37", // 上海 江苏 浙江 安徽 福建 江西 山东
            "41", "42", "43", "44", "45", "46", // 河南 湖北 湖南 广东 广西 海南
            "50", "51", "52", "53", "54", // 重庆 四川 贵州 云南 西藏
            "61", "62", "63", "64", "65", // 陕西 甘肃 青海 宁夏 新疆
            "71", "81", "82"); // 台湾 香港 澳门

    private ProvinceCodes() {}

    /** Whether the two digits name a province-level division of GB/T 2260. */
    static boolean isProvince(String firstTwoDigits) {
        return PROVINCES.contains(firstTwoDigits);
    }
}

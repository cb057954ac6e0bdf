package io.onewindow.elicense.notice.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Chinese text of each notice, written from the facts of the act (《中华人民共和国行政许可法》第三十二条、
 * 第三十八条). A refusal to accept and a denial state the reason and the legal basis and tell the
 * applicant the remedies: administrative reconsideration within sixty days of receipt (《行政复议法》
 * 第二十条) or a lawsuit within six months (《行政诉讼法》第四十六条). A correction notice lists every
 * material at once. Only what the facts carry is written; nothing is invented (an unknown matter name
 * is left out, the case number stays).
 */
public final class NoticeWording {

    /** The sentence of remedies a refusal and a denial carry. */
    public static final String REMEDIES = "如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，" + "或者自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。";

    private NoticeWording() {}

    /** A notice's title and paragraphs, and the facts they were written from. */
    public record Text(String title, List<String> paragraphs, Map<String, String> facts) {}

    public static Text of(NoticeFacts facts, String matterName, String applicantMasked) {
        List<String> paragraphs = new ArrayList<>();
        Map<String, String> written = new LinkedHashMap<>();
        paragraphs.add(addressee(applicantMasked));
        String application = application(facts, matterName);
        switch (facts.kind()) {
            case ACCEPTANCE -> {
                if (facts.automatic()) {
                    paragraphs.add(
                            application + "，本机关未在法定期限内告知补正，根据《中华人民共和国行政许可法》" + "第三十二条第一款第（四）项的规定，自收到申请材料之日起即为受理。");
                } else {
                    paragraphs.add(application + "，经审查，申请材料齐全、符合法定形式，根据《中华人民共和国行政许可法》" + "第三十二条第一款第（五）项的规定，本机关决定予以受理。");
                }
                if (facts.statutoryDueDate() != null) {
                    String due = "本机关将于" + date(facts.statutoryDueDate()) + "前依法作出行政许可决定";
                    if (facts.promisedDueDate() != null
                            && !facts.promisedDueDate().equals(facts.statutoryDueDate())) {
                        due += "，承诺于" + date(facts.promisedDueDate()) + "前办结";
                    }
                    paragraphs.add(due + "。");
                    written.put("statutoryDueDate", facts.statutoryDueDate().toString());
                }
                if (facts.promisedDueDate() != null) {
                    written.put("promisedDueDate", facts.promisedDueDate().toString());
                }
                written.put("automatic", Boolean.toString(facts.automatic()));
            }
            case NON_ACCEPTANCE -> {
                paragraphs.add(
                        application + "，经审查，" + reason(facts) + "。根据" + basis(facts, "第三十二条第一款") + "的规定，本机关决定不予受理。");
                paragraphs.add(REMEDIES);
                putRefusal(written, facts);
            }
            case CORRECTION -> {
                paragraphs.add(
                        application + "，申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》" + "第三十二条第一款第（四）项的规定，现一次性告知需要补正的全部内容如下：");
                int n = 1;
                for (CorrectionLine item : facts.items()) {
                    paragraphs.add(n++ + ". " + item.materialName() + "：" + item.problem());
                }
                paragraphs.add("请按上述要求补正全部材料后重新提交；补正材料齐全、符合法定形式的，本机关将依法予以受理。");
            }
            case APPROVAL -> {
                paragraphs.add(application + "，经审查，符合法定条件、标准。根据《中华人民共和国行政许可法》" + "第三十八条第一款的规定，本机关决定准予行政许可。");
                if (facts.licenseTypeCode() != null) {
                    paragraphs.add("许可证件以电子证照形式颁发，可在“我的证照”中查看、下载和出示。");
                    written.put("licenseTypeCode", facts.licenseTypeCode());
                }
            }
            case DENIAL -> {
                paragraphs.add(
                        application + "，经审查，" + reason(facts) + "。根据" + basis(facts, "第三十八条第二款") + "的规定，本机关决定不予行政许可。");
                paragraphs.add(REMEDIES);
                putRefusal(written, facts);
            }
        }
        return new Text(facts.kind().title(), paragraphs, written);
    }

    private static String addressee(String applicantMasked) {
        return applicantMasked == null || applicantMasked.isBlank() ? "申请人：" : "申请人（" + applicantMasked + "）：";
    }

    private static String application(NoticeFacts facts, String matterName) {
        String matter = matterName == null || matterName.isBlank() ? "行政许可" : "“" + matterName + "”";
        String number = facts.caseNumber() == null ? "" : "（办件编号：" + facts.caseNumber() + "）";
        return "你（单位）提出的" + matter + "申请" + number;
    }

    private static String reason(NoticeFacts facts) {
        String reason = facts.reason() == null ? "" : facts.reason().strip();
        while (reason.endsWith("。") || reason.endsWith(".")) {
            reason = reason.substring(0, reason.length() - 1);
        }
        return reason.isEmpty() ? "申请不符合法定条件" : reason;
    }

    private static String basis(NoticeFacts facts, String article) {
        String law = "《中华人民共和国行政许可法》" + article;
        if (facts.legalBasis() == null || facts.legalBasis().isBlank()) {
            return law;
        }
        return facts.legalBasis().strip() + "及" + law;
    }

    private static void putRefusal(Map<String, String> written, NoticeFacts facts) {
        if (facts.reason() != null) {
            written.put("reason", facts.reason());
        }
        if (facts.legalBasis() != null && !facts.legalBasis().isBlank()) {
            written.put("legalBasis", facts.legalBasis());
        }
    }

    /** A date as printed on notices: {@code 2026年3月2日}. */
    public static String date(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}

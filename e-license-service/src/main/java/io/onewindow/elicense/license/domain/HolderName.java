package io.onewindow.elicense.license.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a holder's name is printed and shown in public. A person's name is printed in Chinese order,
 * family name first and no space ("陈志强"). The identity provider composes its {@code name} claim
 * Western style, given name first with a space ("志强 陈"), and that composed form reaches licenses
 * issued from online filings; a Chinese name is never written with a space, so two Han parts
 * separated by white space are read as given name and family name and turned round. Anything else
 * (a name already in order, a foreign name) prints as it is.
 *
 * <p>In public (verification) a person's name is masked after the family name, one {@code *} per
 * further character ("陈**"); an enterprise's name is business-license data, public by law
 * (企业信息公示暂行条例), and is shown in full so that a verifier can match the company.
 */
public final class HolderName {

    private static final Pattern GIVEN_THEN_FAMILY = Pattern.compile("(\\p{IsHan}+)\\p{IsWhite_Space}+(\\p{IsHan}+)");

    private HolderName() {}

    /** The name as printed on the license and in views. */
    public static String printed(String name, HolderCodeType type) {
        if (name == null) {
            return null;
        }
        String trimmed = name.strip();
        if (type != HolderCodeType.RESIDENT_ID) {
            return trimmed;
        }
        Matcher m = GIVEN_THEN_FAMILY.matcher(trimmed);
        return m.matches() ? m.group(2) + m.group(1) : trimmed;
    }

    /** The name as a public verifier sees it: an enterprise's in full, a person's masked after the first character. */
    public static String inPublic(String name, HolderCodeType type) {
        String printed = printed(name, type);
        if (printed == null || printed.isEmpty() || type != HolderCodeType.RESIDENT_ID) {
            return printed;
        }
        int first = printed.offsetByCodePoints(0, 1);
        return printed.substring(0, first) + "*".repeat(Math.max(1, printed.codePointCount(first, printed.length())));
    }
}

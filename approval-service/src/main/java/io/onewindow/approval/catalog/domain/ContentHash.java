package io.onewindow.approval.catalog.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of a catalog version's content, over one canonical serialisation of its
 * {@link MatterDefinition}: a JSON object with the fields in declaration order, subjects sorted,
 * lists in their order, the fee without trailing zeros, absent values as {@code null}. Reviewers
 * approve and publishers publish by naming this hash, so what is published is exactly what was
 * reviewed. Changing the serialisation changes every hash: do it only with a new version of the rule.
 */
public final class ContentHash {

    private ContentHash() {}

    /** The lower-case hex SHA-256 of {@link #canonical(MatterDefinition)}. */
    public static String of(MatterDefinition definition) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical(definition).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    /** The canonical serialisation the hash is taken over. */
    public static String canonical(MatterDefinition d) {
        StringBuilder out = new StringBuilder("{");
        field(out, "code", d.code());
        field(out, "name", d.name());
        field(out, "department", d.department());
        field(out, "matterType", d.matterType());
        out.append("\"subjects\":");
        strings(out, d.subjects().stream().map(Enum::name).sorted().toList());
        out.append(',');
        field(out, "legalBasis", d.legalBasis());
        field(out, "conditions", d.conditions());
        out.append("\"materials\":[");
        for (int i = 0; i < d.materials().size(); i++) {
            MaterialRequirement m = d.materials().get(i);
            out.append(i == 0 ? "{" : ",{");
            field(out, "code", m.code());
            field(out, "name", m.name());
            field(out, "form", m.form().name());
            out.append("\"required\":").append(m.required()).append(',');
            field(out, "condition", m.condition());
            out.append("\"replacedByLicenseType\":");
            string(out, m.replacedByLicenseType());
            out.append('}');
        }
        out.append("],\"steps\":[");
        for (int i = 0; i < d.steps().size(); i++) {
            ProcessStep s = d.steps().get(i);
            out.append(i == 0 ? "{" : ",{");
            field(out, "code", s.code());
            field(out, "name", s.name());
            field(out, "role", s.role());
            out.append("\"limitWorkingDays\":").append(s.limitWorkingDays()).append('}');
        }
        out.append("],");
        out.append("\"statutoryLimitWorkingDays\":")
                .append(d.statutoryLimitWorkingDays())
                .append(',');
        out.append("\"promisedLimitWorkingDays\":")
                .append(d.promisedLimitWorkingDays())
                .append(',');
        field(out, "fee", plain(d.fee()));
        field(out, "feeBasis", d.feeBasis());
        field(out, "caseType", d.caseType().name());
        out.append("\"windowMayDecide\":").append(d.windowMayDecide()).append(',');
        out.append("\"fullyOnline\":").append(d.fullyOnline()).append(',');
        field(out, "licenseTypeCode", d.licenseTypeCode());
        out.append("\"servicePoints\":");
        strings(out, d.servicePoints());
        return out.append('}').toString();
    }

    private static String plain(BigDecimal fee) {
        return fee.signum() == 0 ? "0" : fee.stripTrailingZeros().toPlainString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append('"').append(name).append("\":");
        string(out, value);
        out.append(',');
    }

    private static void strings(StringBuilder out, List<String> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(out, values.get(i));
        }
        out.append(']');
    }

    private static void string(StringBuilder out, String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

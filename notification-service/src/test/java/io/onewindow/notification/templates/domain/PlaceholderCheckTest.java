package io.onewindow.notification.templates.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.notification.inbox.domain.NoticeKind;
import io.onewindow.platform.domain.InvalidValueException;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The placeholder syntax and the check a template version passes before it is saved or published. */
class PlaceholderCheckTest {

    private static final KindPlaceholders ACCEPTED = KindPlaceholders.of(NoticeKind.CASE_ACCEPTED);
    private static final KindPlaceholders APPROVED = KindPlaceholders.of(NoticeKind.CASE_APPROVED);
    private static final String GOOD = "申请 {caseNumber}（{matterCode}）已受理，承诺 {promisedDueDate}，法定 {statutoryDueDate}。";

    private final PlaceholderCheck check = new PlaceholderCheck(120);

    @Test
    void parsesEveryPlaceholderInOrderWithRepeats() {
        assertThat(PlaceholderSyntax.parse("body", "{a}，{bB} 与 {a}")).containsExactly("a", "bB", "a");
        assertThat(PlaceholderSyntax.parse("body", "没有占位符（全角括号不算）")).isEmpty();
    }

    @Test
    void aGoodVersionPassesAndNamesThePlaceholdersItUses() {
        assertThat(check.check(ACCEPTED, new TemplateText("受理 {caseNumber}", GOOD + "{caseNumber}", null)))
                .containsExactly("caseNumber", "matterCode", "promisedDueDate", "statutoryDueDate");
    }

    @Test
    void anOptionalPlaceholderMayBeLeftOutOrUsed() {
        assertThat(check.check(APPROVED, new TemplateText("通过", "{caseNumber}（{matterName}）已通过", null)))
                .containsExactly("caseNumber", "matterName");
        assertThat(check.check(APPROVED, new TemplateText("通过", "{caseNumber} {matterCode} {matterName}", null)))
                .containsExactly("caseNumber", "matterCode", "matterName");
    }

    @Test
    void anEnglishBodyIsCheckedLikeTheChinese() {
        String en =
                "Case {caseNumber} ({matterCode}) accepted; due {promisedDueDate}, at the latest {statutoryDueDate}.";
        assertThat(check.check(ACCEPTED, new TemplateText("受理", GOOD, en))).hasSize(4);
        refused(
                () -> check.check(ACCEPTED, new TemplateText("受理", GOOD, "Case {caseNumber} accepted")),
                "template.placeholder-missing",
                "bodyEn",
                "{matterCode}");
    }

    @Test
    void refusesAPlaceholderTheKindDoesNotSupply() {
        refused(
                () -> check.check(ACCEPTED, new TemplateText("受理", GOOD + "{reason}", null)),
                "template.placeholder-unknown",
                "body",
                "{reason}");
        refused(
                () -> check.check(ACCEPTED, new TemplateText("受理 {applicantName}", GOOD, null)),
                "template.placeholder-unknown",
                "title",
                "{applicantName}");
    }

    @Test
    void refusesAVersionLackingARequiredPlaceholder() {
        refused(
                () -> check.check(
                        ACCEPTED,
                        new TemplateText("受理", "申请 {caseNumber}（{matterCode}）已受理，承诺 {promisedDueDate}。", null)),
                "template.placeholder-missing",
                "body",
                "{statutoryDueDate}");
    }

    @Test
    void refusesAnOpeningBraceWithoutItsClosingOne() {
        refused(
                () -> check.check(ACCEPTED, new TemplateText("受理", GOOD + "{caseNumber", null)),
                "template.brackets-unbalanced",
                "body",
                "{caseNumber");
        refused(
                () -> check.check(ACCEPTED, new TemplateText("受理", "{case{caseNumber}}" + GOOD, null)),
                "template.brackets-unbalanced",
                "body",
                "{case");
    }

    @Test
    void refusesAClosingBraceWithoutItsOpeningOne() {
        refused(
                () -> check.check(ACCEPTED, new TemplateText("受理", GOOD + "caseNumber}", null)),
                "template.brackets-unbalanced",
                "body",
                "caseNumber}");
    }

    @Test
    void refusesBracesAroundSomethingOtherThanAName() {
        refused(
                () -> check.check(ACCEPTED, new TemplateText("受理", GOOD + "{}", null)),
                "template.placeholder-malformed",
                "body",
                "{}");
        refused(
                () -> check.check(ACCEPTED, new TemplateText("受理", GOOD + "{ caseNumber }", null)),
                "template.placeholder-malformed",
                "body",
                "{ caseNumber }");
        refused(
                () -> check.check(ACCEPTED, new TemplateText("受理", GOOD + "{case-number}", null)),
                "template.placeholder-malformed",
                "body",
                "{case-number}");
    }

    @Test
    void refusesABodyOverTheLimitAndTakesOneAtIt() {
        String atLimit = GOOD + "。".repeat(120 - GOOD.length());
        assertThat(check.check(ACCEPTED, new TemplateText("受理", atLimit, null))).hasSize(4);
        refused(
                () -> check.check(ACCEPTED, new TemplateText("受理", atLimit + "。", null)),
                "template.too-long",
                "body",
                "120");
        refused(
                () -> check.check(ACCEPTED, new TemplateText("受理", GOOD, GOOD + "x".repeat(120))),
                "template.too-long",
                "bodyEn",
                "120");
    }

    @Test
    void refusesATitleOverItsLimitOrABlankText() {
        refused(
                () -> check.check(
                        ACCEPTED, new TemplateText("题".repeat(PlaceholderCheck.TITLE_MAX_LENGTH + 1), GOOD, null)),
                "template.too-long",
                "title",
                "100");
        assertThatThrownBy(() -> check.check(ACCEPTED, new TemplateText(" ", GOOD, null)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("template.text-blank");
                    assertThat(e.field()).isEqualTo("title");
                });
    }

    @Test
    void aPreviewFillsSampleValuesAndTheValuesGiven() {
        TemplateText filled = check.preview(
                ACCEPTED, new TemplateText("受理 {caseNumber}", GOOD, null), Map.of("caseNumber", "PY-2026-000042"));
        assertThat(filled.title()).isEqualTo("受理 PY-2026-000042");
        assertThat(filled.body())
                .isEqualTo("申请 PY-2026-000042（MR-SP-001）已受理，承诺 2026年3月9日，法定 2026年3月23日。")
                .doesNotContain("{");
    }

    @Test
    void aPreviewRefusesAValueForAPlaceholderTheKindDoesNotSupplyAndAnEmptyValue() {
        TemplateText text = new TemplateText("受理", GOOD, null);
        refused(
                () -> check.preview(ACCEPTED, text, Map.of("reason", "x")),
                "template.placeholder-unknown",
                "values",
                "{reason}");
        refused(
                () -> check.preview(ACCEPTED, text, Map.of("matterCode", " ")),
                "template.value-missing",
                "body",
                "{matterCode}");
    }

    @Test
    void everyKindsBuiltInTextPassesItsOwnCheck() {
        for (NoticeKind kind : NoticeKind.values()) {
            KindPlaceholders declared = KindPlaceholders.of(kind);
            List<String> used = new PlaceholderCheck(1000)
                    .check(
                            declared,
                            new TemplateText(
                                    declared.builtInTitle(), kind.template().text(), null));
            assertThat(used).as(kind.name()).containsAll(declared.requiredNames());
            assertThat(used)
                    .as(kind.name())
                    .containsExactlyElementsOf(kind.template().placeholders());
        }
    }

    private static void refused(ThrowingCallable call, String code, String field, String named) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.arguments()).map(String::valueOf).containsExactly(field, named);
        });
    }
}

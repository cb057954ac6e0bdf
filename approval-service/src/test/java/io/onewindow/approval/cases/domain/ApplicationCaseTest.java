package io.onewindow.approval.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.approval.catalog.domain.MatterDefinition;
import io.onewindow.approval.catalog.domain.Subject;
import io.onewindow.approval.support.Matters;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.DomainException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.approval.ApplicationAccepted;
import io.onewindow.platform.events.approval.ApplicationApproved;
import io.onewindow.platform.events.approval.ApplicationCompleted;
import io.onewindow.platform.events.approval.ApplicationSubmitted;
import io.onewindow.platform.events.approval.Channel;
import io.onewindow.platform.events.approval.ClockResumed;
import io.onewindow.platform.events.approval.CorrectionRequested;
import io.onewindow.platform.events.approval.ExtraCorrectionJustified;
import io.onewindow.platform.events.approval.PreReviewPassed;
import io.onewindow.platform.events.approval.StepCompleted;
import io.onewindow.platform.events.approval.SuspensionProcedure;
import io.onewindow.platform.events.approval.TimeLimitExtended;
import io.onewindow.platform.test.MutableClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ApplicationCaseTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.officialChina();
    private static final Actor OFFICER = new Actor("officer1", "window-officer", "market-regulation");
    private static final Actor APPROVER = new Actor("approver1", "approver", "market-regulation");
    private static final Actor CITIZEN = new Actor("citizen1", "citizen", null);
    private static final Applicant CITIZEN1 = new Applicant(Subject.PERSON, "张三", "440113199003071235");
    private static final String CITIZEN1_PSEUDONYM = "a3f1c0de".repeat(8);

    private final MutableClock clock = MutableClock.on("2026-02-13");

    private final Function<SubmittedMaterial, LicenseCheck> validLicenses =
            m -> new LicenseCheck(LicenseStatus.VALID, true, Matters.BUSINESS_LICENSE_TYPE, clock.instant());
    private final Function<SubmittedMaterial, LicenseCheck> licenseServiceDown =
            m -> LicenseCheck.unchecked(clock.instant());

    private static List<SubmittedMaterial> completeMaterials() {
        return List.of(
                SubmittedMaterial.license(
                        "business-license", "1.2.156.3005.2.11100000000013338W001.91440113MA5D000166.2026000001.001.X"),
                SubmittedMaterial.file("layout", "aaaaaaaaaaaaaaaaaaaaaaaa", "layout.pdf"),
                SubmittedMaterial.file("safety-rules", "bbbbbbbbbbbbbbbbbbbbbbbb", "rules.pdf"));
    }

    private ApplicationCase submitted(MatterDefinition matter, List<SubmittedMaterial> materials) {
        ApplicationCase c = ApplicationCase.submit(
                new Filing(
                        "case-1",
                        "AP-20260213-000001",
                        matter,
                        3,
                        CITIZEN1,
                        CITIZEN1_PSEUDONYM,
                        null,
                        CITIZEN,
                        Channel.ONLINE,
                        Map.of("businessName", "张三小吃店"),
                        materials,
                        null,
                        null),
                clock,
                CALENDAR,
                5);
        return c;
    }

    private ApplicationCase completeFoodLicenseApplication() {
        ApplicationCase c = submitted(Matters.foodLicense("MR-SP-T"), completeMaterials());
        c.preReview(validLicenses, CITIZEN, clock);
        return c;
    }

    private ApplicationCase acceptedOn(String day) {
        clock.setTo(day);
        ApplicationCase c = completeFoodLicenseApplication();
        c.accept(OFFICER, clock, CALENDAR);
        c.pullEvents();
        return c;
    }

    @Test
    void publishesTheApplicantByMaskedCodeAndPseudonymNeverByTheNumber() {
        ApplicationCase c = submitted(Matters.foodLicense("MR-SP-T"), completeMaterials());
        List<DomainEvent> events = c.pullEvents();
        ApplicationSubmitted submitted = last(events, ApplicationSubmitted.class);
        assertThat(submitted.applicantPseudonym()).isEqualTo(CITIZEN1_PSEUDONYM);
        assertThat(submitted.applicantMasked()).isEqualTo("440113********1235");
        assertThat(submitted.toString()).doesNotContain("440113199003071235");
    }

    @Test
    void aPartOfALinkedFilingCarriesItsLinkedNumberOnTheCaseItsEventAndItsAuditTrail() {
        LinkedFiling linked = new LinkedFiling("LB-20260213-000001", "HOUSING-TRANSFER");
        ApplicationCase c = ApplicationCase.submit(
                new Filing(
                        "case-2",
                        "AP-20260213-000002",
                        Matters.foodLicense("MR-SP-T"),
                        3,
                        CITIZEN1,
                        CITIZEN1_PSEUDONYM,
                        null,
                        OFFICER,
                        Channel.WINDOW,
                        Map.of(),
                        completeMaterials(),
                        new Visit("ticket-1", "A001", "hall", 4, "1", true, "officer5"),
                        linked),
                clock,
                CALENDAR,
                5);

        ApplicationSubmitted submitted = last(c.pullEvents(), ApplicationSubmitted.class);
        assertThat(submitted.linkedNumber()).isEqualTo("LB-20260213-000001");
        assertThat(submitted.ticketId()).isEqualTo("ticket-1");
        assertThat(c.particulars().linked()).isEqualTo(linked);
        assertThat(ApplicationCase.restore(c.snapshot()).particulars().linked()).isEqualTo(linked);
        assertThat(c.audit().get(0).detail()).contains("linked filing LB-20260213-000001 (HOUSING-TRANSFER)");
        // a case on its own is part of no linked filing
        assertThat(last(
                                submitted(Matters.foodLicense("MR-SP-T"), completeMaterials())
                                        .pullEvents(),
                                ApplicationSubmitted.class)
                        .linkedNumber())
                .isNull();
    }

    private static <T extends DomainEvent> T last(List<DomainEvent> events, Class<T> type) {
        return events.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in " + events));
    }

    private static void assertRefused(Executable action, Class<? extends DomainException> kind, String code) {
        assertThatThrownBy(action::execute)
                .isInstanceOf(kind)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(code));
    }

    // ---- statutory clock (docs/calendar.md worked examples) ----

    @Test
    void caseAcceptedBeforeSpringFestivalIsDueAfterTheHolidayOnTheOfficialCalendar() {
        clock.setTo("2026-02-13");
        ApplicationCase c = completeFoodLicenseApplication();
        c.accept(OFFICER, clock, CALENDAR);

        ApplicationAccepted accepted = last(c.pullEvents(), ApplicationAccepted.class);
        assertThat(accepted.statutoryDueDate()).isEqualTo(LocalDate.of(2026, 3, 19));
        assertThat(accepted.promisedDueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(accepted.automatic()).isFalse();
        assertThat(c.statutoryClock().art32Deadline()).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void caseAcceptedBeforeNationalDayIsDueOnTheTwentySecondOfOctober() {
        ApplicationCase c = acceptedOn("2026-09-18");

        assertThat(c.statutoryClock().statutoryDueDate(CALENDAR)).isEqualTo(LocalDate.of(2026, 10, 22));
    }

    @Test
    void clockShowsWorkingDaysUsedAndLeftCountingTheMakeUpSaturday() {
        ApplicationCase c = acceptedOn("2026-02-13");

        ClockView view = c.statutoryClock().view(CALENDAR, LocalDate.of(2026, 2, 27));

        assertThat(view.workingDaysUsed()).isEqualTo(5);
        assertThat(view.statutoryWorkingDaysLeft()).isEqualTo(15);
        assertThat(view.promisedWorkingDaysLeft()).isEqualTo(5);
        assertThat(view.suspended()).isFalse();
    }

    @Test
    void suspensionForExpertReviewMovesBothDueDatesByThePausedWorkingDays() {
        ApplicationCase c = acceptedOn("2026-02-13");
        clock.setTo("2026-03-02");
        c.suspendClock(SuspensionProcedure.EXPERT_REVIEW, "专家评审", 5, APPROVER, clock);
        clock.setTo("2026-03-06");
        c.resumeClock(APPROVER, clock, CALENDAR);

        ClockResumed resumed = last(c.pullEvents(), ClockResumed.class);
        assertThat(resumed.pausedWorkingDays()).isEqualTo(4);
        assertThat(resumed.statutoryDueDate()).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(resumed.promisedDueDate()).isEqualTo(LocalDate.of(2026, 3, 11));
        ClockView view = c.statutoryClock().view(CALENDAR, LocalDate.of(2026, 3, 6));
        assertThat(view.workingDaysUsed()).isEqualTo(7);
        assertThat(view.pauses()).hasSize(1);
    }

    @Test
    void clockStandsStillWhileSuspended() {
        ApplicationCase c = acceptedOn("2026-02-13");
        clock.setTo("2026-03-02");
        c.suspendClock(SuspensionProcedure.TESTING, "检测", 3, APPROVER, clock);

        assertThat(c.statutoryClock().view(CALENDAR, LocalDate.of(2026, 3, 10)).workingDaysUsed())
                .isEqualTo(c.statutoryClock()
                        .view(CALENDAR, LocalDate.of(2026, 3, 2))
                        .workingDaysUsed());
        assertRefused(() -> c.approve(Map.of(), "p", APPROVER, clock), ConflictException.class, "clock.suspended");
        assertRefused(
                () -> c.suspendClock(SuspensionProcedure.HEARING, "听证", 3, APPROVER, clock),
                ConflictException.class,
                "clock.already-suspended");
    }

    @Test
    void extendsTheStatutoryLimitOnceByAtMostTenWorkingDays() {
        ApplicationCase c = acceptedOn("2026-02-13");

        assertRefused(
                () -> c.extendTimeLimit(11, "复杂", APPROVER, clock, CALENDAR),
                InvalidValueException.class,
                "clock.extension-too-long");
        c.extendTimeLimit(10, "情况复杂，经负责人批准", APPROVER, clock, CALENDAR);

        TimeLimitExtended extended = last(c.pullEvents(), TimeLimitExtended.class);
        assertThat(extended.statutoryDueDate()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(c.statutoryClock().promisedDueDate(CALENDAR)).isEqualTo(LocalDate.of(2026, 3, 5));
        assertRefused(
                () -> c.extendTimeLimit(1, "再次", APPROVER, clock, CALENDAR),
                ConflictException.class,
                "clock.already-extended");
    }

    // ---- Art. 32 ----

    @Test
    void applicationWithoutNoticeWithinFiveWorkingDaysCountsAsAcceptedOnReceipt() {
        clock.setTo("2026-02-13");
        ApplicationCase c = completeFoodLicenseApplication();
        c.pullEvents();

        clock.setTo("2026-02-27");
        assertThat(c.acceptIfNoticePeriodOver(clock, CALENDAR)).isFalse();
        clock.setTo("2026-02-28");
        assertThat(c.acceptIfNoticePeriodOver(clock, CALENDAR)).isTrue();

        ApplicationAccepted accepted = last(c.pullEvents(), ApplicationAccepted.class);
        assertThat(accepted.automatic()).isTrue();
        assertThat(accepted.acceptedAt()).isEqualTo(c.statutoryClock().receivedAt());
        assertThat(accepted.by()).isEqualTo("system");
        assertThat(accepted.statutoryDueDate()).isEqualTo(LocalDate.of(2026, 3, 19));
        assertThat(c.state()).isEqualTo(CaseState.ACCEPTED);
    }

    @Test
    void refusesCorrectionNoticeAfterTheArt32Period() {
        clock.setTo("2026-02-13");
        ApplicationCase c = submitted(Matters.foodLicense("MR-SP-T"), List.of());
        c.preReview(validLicenses, CITIZEN, clock);
        clock.setTo("2026-02-28");

        assertRefused(
                () -> c.requestCorrection(Map.of("layout", "缺少"), null, OFFICER, clock),
                ConflictException.class,
                "art32.notice-period-over");
    }

    @Test
    void officerAcceptingAfterTheArt32PeriodRecordsAcceptanceOnReceipt() {
        clock.setTo("2026-02-13");
        ApplicationCase c = completeFoodLicenseApplication();
        clock.setTo("2026-03-02");

        c.accept(OFFICER, clock, CALENDAR);

        assertThat(c.statutoryClock().acceptedAutomatically()).isTrue();
        assertThat(c.statutoryClock().acceptedAt()).isEqualTo(c.statutoryClock().receivedAt());
    }

    // ---- one-time notification ----

    @Test
    void correctionNoticeListsEveryMissingItemAtOnceFromTheCatalog() {
        ApplicationCase c = submitted(Matters.foodLicense("MR-SP-T"), List.of());
        c.preReview(validLicenses, CITIZEN, clock);
        assertThat(c.preReviewStatus()).isEqualTo(PreReviewStatus.DEFECTS_FOUND);
        assertThat(c.defects()).hasSize(3);

        c.requestCorrection(
                Map.of("layout", "缺少", "safety-rules", "缺少", "business-license", "缺少"), null, OFFICER, clock);

        CorrectionRequested notice = last(c.pullEvents(), CorrectionRequested.class);
        assertThat(notice.sequence()).isEqualTo(1);
        assertThat(notice.items())
                .extracting("materialName")
                .containsExactlyInAnyOrder("经营设施设备布局图", "食品安全管理制度", "营业执照");
        assertThat(c.state()).isEqualTo(CaseState.CORRECTION_REQUIRED);
    }

    @Test
    void refusesSecondCorrectionNoticeWithNewItemsWithoutJustification() {
        ApplicationCase c = submitted(Matters.foodLicense("MR-SP-T"), List.of());
        c.preReview(validLicenses, CITIZEN, clock);
        c.requestCorrection(Map.of("layout", "缺少"), null, OFFICER, clock);
        c.resubmit(
                List.of(SubmittedMaterial.file("layout", "cccccccccccccccccccccccc", "l.pdf")),
                CITIZEN,
                clock,
                CALENDAR,
                5);

        assertRefused(
                () -> c.requestCorrection(Map.of("safety-rules", "缺少"), null, OFFICER, clock),
                ConflictException.class,
                "correction.not-all-at-once");
        assertThat(c.corrections()).hasSize(1);
    }

    @Test
    void secondNoticeMayRepeatAnItemStillDefectiveWithoutJustification() {
        ApplicationCase c = submitted(Matters.foodLicense("MR-SP-T"), List.of());
        c.preReview(validLicenses, CITIZEN, clock);
        c.requestCorrection(Map.of("layout", "缺少"), null, OFFICER, clock);
        c.resubmit(
                List.of(SubmittedMaterial.file("layout", "cccccccccccccccccccccccc", "l.pdf")),
                CITIZEN,
                clock,
                CALENDAR,
                5);
        c.pullEvents();

        c.requestCorrection(Map.of("layout", "图纸不清晰"), null, OFFICER, clock);

        List<DomainEvent> events = c.pullEvents();
        assertThat(events).noneMatch(ExtraCorrectionJustified.class::isInstance);
        assertThat(last(events, CorrectionRequested.class).sequence()).isEqualTo(2);
    }

    @Test
    void justifiedSecondNoticeWithNewItemsIsRecordedAsAnEventForSupervision() {
        ApplicationCase c = submitted(Matters.foodLicense("MR-SP-T"), List.of());
        c.preReview(validLicenses, CITIZEN, clock);
        c.requestCorrection(Map.of("layout", "缺少"), null, OFFICER, clock);
        c.resubmit(
                List.of(SubmittedMaterial.file("layout", "cccccccccccccccccccccccc", "l.pdf")),
                CITIZEN,
                clock,
                CALENDAR,
                5);
        c.pullEvents();

        c.requestCorrection(Map.of("safety-rules", "缺少"), "新图纸显示增设了加工区，需补充制度", OFFICER, clock);

        List<DomainEvent> events = c.pullEvents();
        ExtraCorrectionJustified justified = last(events, ExtraCorrectionJustified.class);
        assertThat(justified.newMaterialCodes()).containsExactly("safety-rules");
        assertThat(justified.sequence()).isEqualTo(2);
        assertThat(last(events, CorrectionRequested.class).justification()).startsWith("新图纸");
    }

    @Test
    void refusesCorrectionItemNotInTheCatalog() {
        ApplicationCase c = submitted(Matters.foodLicense("MR-SP-T"), List.of());

        assertRefused(
                () -> c.requestCorrection(Map.of("fire-certificate", "缺少"), null, OFFICER, clock),
                InvalidValueException.class,
                "correction.unknown-material");
    }

    // ---- pre-review and e-licenses ----

    @Test
    void waitsInPreReviewWhenTheLicenseServiceCannotBeReached() {
        ApplicationCase c = submitted(Matters.foodLicense("MR-SP-T"), completeMaterials());

        c.preReview(licenseServiceDown, CITIZEN, clock);

        assertThat(c.state()).isEqualTo(CaseState.PRE_REVIEW);
        assertThat(c.preReviewStatus()).isEqualTo(PreReviewStatus.WAITING_FOR_LICENSE_CHECK);
        assertThat(c.pullEvents()).noneMatch(PreReviewPassed.class::isInstance);
        assertRefused(
                () -> c.accept(OFFICER, clock, CALENDAR), ConflictException.class, "application.license-check-pending");

        c.recheckLicenses(validLicenses, OFFICER, clock);

        assertThat(c.preReviewStatus()).isEqualTo(PreReviewStatus.PASSED);
        assertThat(last(c.pullEvents(), PreReviewPassed.class).licenseChecks()).isEqualTo(1);
    }

    @Test
    void licenseThatIsNotTheApplicantsIsADefect() {
        ApplicationCase c = submitted(Matters.foodLicense("MR-SP-T"), completeMaterials());

        c.preReview(
                m -> new LicenseCheck(LicenseStatus.VALID, false, Matters.BUSINESS_LICENSE_TYPE, clock.instant()),
                CITIZEN,
                clock);

        assertThat(c.preReviewStatus()).isEqualTo(PreReviewStatus.DEFECTS_FOUND);
        assertThat(c.defects()).singleElement().asString().contains("not the applicant's");
        assertRefused(() -> c.accept(OFFICER, clock, CALENDAR), ConflictException.class, "application.defects-open");
    }

    @Test
    void refusesLicenseInPlaceOfAMaterialTheCatalogDoesNotLetALicenseReplace() {
        assertRefused(
                () -> submitted(
                        Matters.foodLicense("MR-SP-T"),
                        List.of(SubmittedMaterial.license(
                                "layout", "1.2.156.3005.2.11100000000013338W001.91440113MA5D000166.1.001.X"))),
                InvalidValueException.class,
                "application.material-not-replaceable");
    }

    // ---- only catalog steps ----

    @Test
    void refusesStepNotInTheCatalogVersion() {
        ApplicationCase c = acceptedOn("2026-03-02");

        assertRefused(
                () -> c.completeStep("director-signature", null, APPROVER, clock, CALENDAR),
                ConflictException.class,
                "step.not-in-catalog");
    }

    @Test
    void refusesStepsOutOfTheCatalogOrder() {
        ApplicationCase c = acceptedOn("2026-03-02");

        assertRefused(
                () -> c.completeStep("decide", null, APPROVER, clock, CALENDAR),
                ConflictException.class,
                "step.out-of-order");
    }

    @Test
    void refusesStepPerformedInAnotherRoleThanTheCatalogSays() {
        ApplicationCase c = acceptedOn("2026-03-02");

        assertRefused(
                () -> c.completeStep("review", null, OFFICER, clock, CALENDAR),
                AccessRefusedException.class,
                "step.wrong-role");
    }

    @Test
    void refusesDecisionBeforeEveryCatalogStepIsDone() {
        ApplicationCase c = acceptedOn("2026-03-02");
        c.completeStep("review", "符合条件", APPROVER, clock, CALENDAR);

        assertRefused(
                () -> c.approve(Map.of(), "p", APPROVER, clock), ConflictException.class, "decision.steps-pending");
    }

    @Test
    void stepRecordsTheWorkingDaysItTookAgainstItsOwnLimit() {
        ApplicationCase c = acceptedOn("2026-03-02");
        clock.setTo("2026-03-05");

        c.completeStep("review", "符合条件", APPROVER, clock, CALENDAR);

        StepCompleted step = last(c.pullEvents(), StepCompleted.class);
        assertThat(step.workingDaysTaken()).isEqualTo(3);
        assertThat(step.stepLimitWorkingDays()).isEqualTo(5);
        assertThat(step.inCatalog()).isTrue();
    }

    // ---- decisions ----

    @Test
    void approvalKeepsWhatTheLicenseNeedsAndTheEventNamesTheHolderOnlyMaskedAndByPseudonym() {
        ApplicationCase c = acceptedOn("2026-03-02");
        c.completeStep("review", "符合条件", APPROVER, clock, CALENDAR);
        c.completeStep("decide", "准予许可", APPROVER, clock, CALENDAR);

        c.approve(Map.of("validYears", "5"), "pseudonym-of-zhang-san", APPROVER, clock);

        ApplicationApproved approved = last(c.pullEvents(), ApplicationApproved.class);
        assertThat(approved.licenseTypeCode()).isEqualTo(Matters.FOOD_LICENSE_TYPE);
        assertThat(approved.holderCodeType()).isEqualTo("111");
        assertThat(approved.maskedHolderCode()).isEqualTo("440113********1235");
        assertThat(approved.holderPseudonym()).isEqualTo("pseudonym-of-zhang-san");
        assertThat(approved.matterVersion()).isEqualTo(3);
        assertThat(approved.decidedBy()).isEqualTo("approver1");
        assertThat(approved.toString()).doesNotContain("440113199003071235", "张三");
        // What the license prints stays with the case, for the e-license service's internal request.
        assertThat(c.applicant().code()).isEqualTo("440113199003071235");
        assertThat(c.applicant().name()).isEqualTo("张三");
        assertThat(c.decision().faceData())
                .containsEntry("businessName", "张三小吃店")
                .containsEntry("validYears", "5");
    }

    @Test
    void refusingAcceptanceNeedsReasonAndLegalBasis() {
        ApplicationCase c = completeFoodLicenseApplication();

        assertRefused(
                () -> c.refuseAcceptance("不属于本机关职权范围", " ", OFFICER, clock),
                InvalidValueException.class,
                "decision.legal-basis-required");
        c.refuseAcceptance("不属于本机关职权范围", "《行政许可法》第三十二条第一款第二项", OFFICER, clock);
        assertThat(c.state()).isEqualTo(CaseState.NOT_ACCEPTED);
    }

    @Test
    void windowDecidesOnTheSpotFilingInOneAction() {
        ApplicationCase c = submitted(
                Matters.onTheSpotFiling("MR-BA-T"),
                List.of(SubmittedMaterial.file("layout", "dddddddddddddddddddddddd", "x.png")));
        c.preReview(validLicenses, CITIZEN, clock);
        c.pullEvents();

        c.decideOnTheSpot(Map.of(), "p", OFFICER, clock, CALENDAR);

        List<DomainEvent> events = c.pullEvents();
        assertThat(events)
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly("ApplicationAccepted", "StepCompleted", "ApplicationApproved");
        assertThat(c.state()).isEqualTo(CaseState.APPROVED);
    }

    @Test
    void refusesOnTheSpotDecisionOfAPromisedMatter() {
        ApplicationCase c = completeFoodLicenseApplication();

        assertRefused(
                () -> c.decideOnTheSpot(Map.of(), "p", OFFICER, clock, CALENDAR),
                ConflictException.class,
                "decision.not-on-the-spot");
    }

    @Test
    void completionReportsTheWorkingDaysUsedAndWithdrawalIsThenRefused() {
        ApplicationCase c = acceptedOn("2026-03-02");
        clock.setTo("2026-03-04");
        c.completeStep("review", "符合条件", APPROVER, clock, CALENDAR);
        c.completeStep("decide", "准予许可", APPROVER, clock, CALENDAR);
        c.approve(Map.of(), "p", APPROVER, clock);
        clock.setTo("2026-03-05");

        c.complete(OFFICER, clock, CALENDAR);

        ApplicationCompleted completed = last(c.pullEvents(), ApplicationCompleted.class);
        assertThat(completed.workingDaysUsed()).isEqualTo(3);
        assertThat(completed.outcome()).isEqualTo("APPROVED");
        assertRefused(() -> c.withdraw("不想办了", CITIZEN, clock), ConflictException.class, "application.wrong-state");
    }

    @Test
    void belongsToTheApplicantAndToWhoeverFiledIt() {
        ApplicationCase c = completeFoodLicenseApplication();

        assertThat(c.belongsTo("someone", "440113199003071235", null)).isTrue();
        assertThat(c.belongsTo("citizen1", null, null)).isTrue();
        assertThat(c.belongsTo("citizen2", "440113200002290028", null)).isFalse();
    }

    // ---- provisional calendar years ----

    private static final WorkingCalendar WITH_TEST_2027 = CALENDAR.withEntries(
            java.time.Year.of(2027),
            // Made-up test data, not the real 2027 notice: New Year moved to Monday 4 January too.
            List.of(
                    io.onewindow.platform.calendar.CalendarDay.dayOff(LocalDate.of(2027, 1, 1), "New Year"),
                    io.onewindow.platform.calendar.CalendarDay.dayOff(LocalDate.of(2027, 1, 4), "New Year"),
                    io.onewindow.platform.calendar.CalendarDay.makeUpWorkingDay(LocalDate.of(2027, 1, 9), "New Year")));

    @Test
    void aCaseAcceptedOnTheTwentiethOfDecemberIsDueProvisionallyInJanuary() {
        clock.setTo("2026-12-18");
        ApplicationCase c = completeFoodLicenseApplication();
        clock.setTo("2026-12-21");
        c.accept(OFFICER, clock, CALENDAR);

        ApplicationAccepted accepted = last(c.pullEvents(), ApplicationAccepted.class);
        assertThat(accepted.statutoryDueDate()).isEqualTo(LocalDate.of(2027, 1, 19));
        assertThat(accepted.statutoryDueProvisional()).isTrue();
        assertThat(accepted.promisedDueDate()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(accepted.promisedDueProvisional()).isTrue();
        assertThat(c.statutoryClock().provisionalDates(CALENDAR).any()).isTrue();
        assertThat(c.statutoryClock().provisionalDates(WITH_TEST_2027).any()).isFalse();
    }

    @Test
    void publishingTheOfficialYearRecomputesTheDeadlinesOnceWithOldAndNewDates() {
        clock.setTo("2026-12-18");
        ApplicationCase c = completeFoodLicenseApplication();
        clock.setTo("2026-12-21");
        c.accept(OFFICER, clock, CALENDAR);
        c.pullEvents();

        boolean changed = c.recomputeDeadlines(
                2027, WITH_TEST_2027.asIfProvisional(java.time.Year.of(2027)), WITH_TEST_2027, "official 2027", clock);

        assertThat(changed).isTrue();
        io.onewindow.platform.events.approval.CaseDeadlinesRecomputed recomputed =
                last(c.pullEvents(), io.onewindow.platform.events.approval.CaseDeadlinesRecomputed.class);
        assertThat(recomputed.calendarYear()).isEqualTo(2027);
        assertThat(recomputed.reason()).isEqualTo("official 2027");
        assertThat(recomputed.changes())
                .contains(
                        new io.onewindow.platform.events.approval.DeadlineChange(
                                "statutory", LocalDate.of(2027, 1, 19), LocalDate.of(2027, 1, 19), false),
                        new io.onewindow.platform.events.approval.DeadlineChange(
                                "promised", LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 6), false));
        // The statutory date stays (4 January off, Saturday 9 January worked) but is official now.
        assertThat(c.statutoryClock().statutoryDueDate(WITH_TEST_2027)).isEqualTo(LocalDate.of(2027, 1, 19));
        assertThat(c.audit().get(c.audit().size() - 1).action()).isEqualTo("recompute-deadlines");
        assertThat(c.verifyAudit().intact()).isTrue();

        assertThat(c.recomputeDeadlines(
                        2027, WITH_TEST_2027.asIfProvisional(java.time.Year.of(2027)), WITH_TEST_2027, "again", clock))
                .as("once per year")
                .isFalse();
        assertThat(c.pullEvents()).isEmpty();
    }

    @Test
    void aPreReviewCaseGetsItsNoticeDeadlineMovedAndAClosedCaseIsLeftAlone() {
        clock.setTo("2026-12-29");
        ApplicationCase waiting = submitted(Matters.foodLicense("MR-SP-T"), completeMaterials());
        assertThat(waiting.statutoryClock().art32Deadline()).isEqualTo(LocalDate.of(2027, 1, 6));
        waiting.pullEvents();

        waiting.recomputeDeadlines(
                2027, WITH_TEST_2027.asIfProvisional(java.time.Year.of(2027)), WITH_TEST_2027, "official 2027", clock);

        assertThat(waiting.statutoryClock().art32Deadline()).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(last(waiting.pullEvents(), io.onewindow.platform.events.approval.CaseDeadlinesRecomputed.class)
                        .changes())
                .containsExactly(new io.onewindow.platform.events.approval.DeadlineChange(
                        "art32-notice", LocalDate.of(2027, 1, 6), LocalDate.of(2027, 1, 7), false));

        ApplicationCase withdrawn = submitted(Matters.foodLicense("MR-SP-T"), completeMaterials());
        withdrawn.withdraw("changed my mind", CITIZEN, clock);
        assertThat(withdrawn.recomputeDeadlines(
                        2027, WITH_TEST_2027.asIfProvisional(java.time.Year.of(2027)), WITH_TEST_2027, "x", clock))
                .isFalse();
    }

    @Test
    void theDaysAProcedureStoodStillAreCountedAgainOnTheOfficialYear() {
        ApplicationCase c = acceptedOn("2026-12-01");
        clock.setTo("2026-12-15");
        c.suspendClock(SuspensionProcedure.EXPERT_REVIEW, "专家评审", 10, APPROVER, clock);
        clock.setTo("2027-01-08");
        c.resumeClock(APPROVER, clock, CALENDAR);
        c.pullEvents();
        LocalDate provisionalDue = c.statutoryClock().statutoryDueDate(CALENDAR);

        c.recomputeDeadlines(
                2027, WITH_TEST_2027.asIfProvisional(java.time.Year.of(2027)), WITH_TEST_2027, "official 2027", clock);

        // 17 working days paused on the provisional count, 16 once 4 January is off.
        LocalDate officialDue = WITH_TEST_2027.addWorkingDays(LocalDate.of(2026, 12, 1), 20 + 16);
        assertThat(c.statutoryClock().statutoryDueDate(WITH_TEST_2027)).isEqualTo(officialDue);
        assertThat(last(c.pullEvents(), io.onewindow.platform.events.approval.CaseDeadlinesRecomputed.class)
                        .changes())
                .contains(new io.onewindow.platform.events.approval.DeadlineChange(
                        "statutory", provisionalDue, officialDue, false));
    }
}

package io.onewindow.supervision.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.supervision.feedback.domain.ComplaintRouting.Desk;
import io.onewindow.supervision.feedback.domain.ComplaintRouting.Reason;
import io.onewindow.supervision.feedback.domain.ComplaintRouting.Route;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ComplaintRoutingTest {

    private static final Predicate<String> KNOWN = Set.of("market-regulation", "tax")::contains;

    private static Route route(Complaint.Target target, String department, Complaint.Category category) {
        return ComplaintRouting.route(target, department, "department", category, KNOWN);
    }

    @ParameterizedTest
    @EnumSource(
            value = Complaint.Category.class,
            names = {"COLLUSION", "BRIBERY", "INTERMEDIARY", "OFF_SYSTEM"})
    void aCategoryAllegingMisconductGoesToTheInspectorsWhateverItIsAbout(Complaint.Category category) {
        for (Complaint.Target target : Complaint.Target.values()) {
            Route route = route(target, "market-regulation", category);
            assertThat(route.desk()).as(target + " " + category).isEqualTo(Desk.INSPECTION);
            assertThat(route.department()).isEqualTo("market-regulation");
        }
        assertThat(route(Complaint.Target.CASE, "market-regulation", category).reason())
                .isEqualTo(Reason.ALLEGES_MISCONDUCT);
    }

    @ParameterizedTest
    @EnumSource(
            value = Complaint.Category.class,
            names = {"SERVICE", "DELAY", "ATTITUDE"})
    void otherCategoriesStayWithTheDepartmentUnlessAPersonIsNamed(Complaint.Category category) {
        for (Complaint.Target target : new Complaint.Target[] {
            Complaint.Target.CASE, Complaint.Target.BOOKING, Complaint.Target.SERVICE_POINT, Complaint.Target.DEPARTMENT
        }) {
            Route route = route(target, "market-regulation", category);
            assertThat(route.desk()).as(target + " " + category).isEqualTo(Desk.DEPARTMENT);
            assertThat(route.reason()).isEqualTo(Reason.DEPARTMENT);
        }
        Route aboutAnOfficer = route(Complaint.Target.OFFICER, "market-regulation", category);
        assertThat(aboutAnOfficer.desk()).isEqualTo(Desk.INSPECTION);
        assertThat(aboutAnOfficer.reason()).isEqualTo(Reason.NAMES_STAFF);
    }

    @Test
    void noCategoryIsService() {
        assertThat(route(Complaint.Target.CASE, "tax", null).desk()).isEqualTo(Desk.DEPARTMENT);
        assertThat(route(Complaint.Target.OFFICER, "tax", null).desk()).isEqualTo(Desk.INSPECTION);
    }

    @Test
    void aComplaintAddressedToTheInspectorsIsTheirsThoughNoRegistryKnowsThem() {
        Route route = ComplaintRouting.route(
                Complaint.Target.DEPARTMENT,
                ComplaintRouting.DISCIPLINE_INSPECTION,
                "targetId",
                Complaint.Category.SERVICE,
                code -> false);
        assertThat(route.desk()).isEqualTo(Desk.INSPECTION);
        assertThat(route.reason()).isEqualTo(Reason.ADDRESSED_TO_INSPECTION);
        assertThat(route.department()).isEqualTo(ComplaintRouting.DISCIPLINE_INSPECTION);
        assertThat(route(Complaint.Target.SERVICE_POINT, ComplaintRouting.DISCIPLINE_INSPECTION, null)
                        .desk())
                .isEqualTo(Desk.INSPECTION);
    }

    @Test
    void anUnknownDepartmentIsRefusedNamingTheFieldItCameFrom() {
        assertThatThrownBy(() -> route(Complaint.Target.OFFICER, "ministry-of-magic", null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "complaint.unknown-department")
                .hasFieldOrPropertyWithValue("field", "department");
        assertThatThrownBy(() -> ComplaintRouting.route(
                        Complaint.Target.DEPARTMENT, "ministry-of-magic", "targetId", null, KNOWN))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "targetId");
    }

    @Test
    void aDepartmentFromTheEventsIsNotCheckedAgain() {
        // A case's or visit's department came from approval or appointment, not from the complainant.
        assertThat(ComplaintRouting.route(Complaint.Target.CASE, "housing", null, null, KNOWN)
                        .desk())
                .isEqualTo(Desk.DEPARTMENT);
    }
}

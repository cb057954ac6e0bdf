package io.onewindow.approval.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.approval.catalog.domain.Subject;
import org.junit.jupiter.api.Test;

class ApplicantTest {

    @Test
    void masksAnEnterpriseCodeTheWayThePlatformDoesSoSupervisionCanMatchIt() {
        Applicant company = new Applicant(Subject.ENTERPRISE, "番禺示范食品有限公司", "91440113MA5D000166");
        assertThat(company.maskedCode()).isEqualTo("91440113******0166");
    }

    @Test
    void masksAPersonsIdNumberTheWayThePlatformDoes() {
        Applicant person = new Applicant(Subject.PERSON, "黄建国", "440113199003071235");
        assertThat(person.maskedCode()).isEqualTo("440113********1235");
    }
}

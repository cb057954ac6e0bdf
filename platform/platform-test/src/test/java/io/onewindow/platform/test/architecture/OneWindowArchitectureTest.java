package io.onewindow.platform.test.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import io.onewindow.platform.test.architecture.fixture.domain.CleanAggregate;
import io.onewindow.platform.test.architecture.fixture.domain.LeakyAggregate;
import org.junit.jupiter.api.Test;

class OneWindowArchitectureTest {

    @Test
    void domainRuleCatchesASpringTypeInADomainClass() {
        JavaClasses classes = new ClassFileImporter().importClasses(LeakyAggregate.class, CleanAggregate.class);

        EvaluationResult result = OneWindowArchitecture.domainIsPlainJava.evaluate(classes);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("LeakyAggregate"))
                .noneSatisfy(line -> assertThat(line).contains("CleanAggregate"));
        assertThat(OneWindowArchitecture.domainKnowsNoHttp.evaluate(classes).hasViolation())
                .isTrue();
    }

    @Test
    void domainRulePassesPlainJava() {
        JavaClasses classes = new ClassFileImporter().importClasses(CleanAggregate.class);
        assertThat(OneWindowArchitecture.domainIsPlainJava.evaluate(classes).hasViolation())
                .isFalse();
    }
}

package io.onewindow.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DomainExceptionTest {

    @Test
    void keepsTheStableCodeClientsBranchOn() {
        assertThat(new ConflictException("slot-full", "no places left").code()).isEqualTo("slot-full");
        assertThat(new NotFoundException("booking", "b-1").code()).isEqualTo("not-found");
    }

    @Test
    void refusesACodeThatIsNotKebabCase() {
        assertThatThrownBy(() -> new ConflictException("Slot Full", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConflictException(null, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void invalidValueNamesTheField() {
        assertThat(new InvalidValueException("resident-id.check-character", "idNumber", "bad").field())
                .isEqualTo("idNumber");
    }
}

package org.communityorganising.pathways.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.communityorganising.pathways.base.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    private String refusal(String password, String email, String name) {
        try {
            policy.check(password, email, name);
        } catch (InvalidInputException e) {
            return e.messageKey();
        }
        return "accepted";
    }

    @Test
    void aPasswordHoldingThePersonsNameIsRefusedWithOrWithoutItsAccents() {
        assertThat(refusal("sian-and-the-blue-door", "s.m@example.org", "Siân Môrgan"))
                .isEqualTo("password.error.name");
        assertThat(refusal("Siân loves blue doors", "s.m@example.org", "Sian Morgan"))
                .isEqualTo("password.error.name");
        assertThat(refusal("the blue MORGAN door", "s.m@example.org", "Siân Môrgan"))
                .isEqualTo("password.error.name");
        assertThatCode(() -> policy.check("tri chrëyr glas ar y wawr", "s.m@example.org", "Siân Môrgan"))
                .doesNotThrowAnyException();
    }

    @Test
    void shortCommonAndAddressPasswordsAreRefused() {
        assertThat(refusal("short", "a@example.org", "Ann Lee")).isEqualTo("password.error.too-short");
        assertThat(refusal("1qaz2wsx3edc", "a@example.org", "Ann Lee")).isEqualTo("password.error.common");
        assertThat(refusal("dafydd.ap@example.org!", "dafydd.ap@example.org", "Ann Lee"))
                .isEqualTo("password.error.email");
    }
}

package io.coursedesk.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.accounts.signup.PasswordPolicy;
import io.coursedesk.harness.template.SamTemplate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The function's own password check is the template's user pool policy, and says what a password lacks. */
class PasswordPolicyTest {

    @Test
    void thePolicyIsTheUserPoolsOfTheTemplate() {
        JsonNode policy = SamTemplate.locate().resource("UserPool").orElseThrow().properties()
                .path("Policies").path("PasswordPolicy");

        assertThat(PasswordPolicy.POOL).isEqualTo(new PasswordPolicy(policy.path("MinimumLength").asInt(),
                policy.path("RequireUppercase").asBoolean(), policy.path("RequireLowercase").asBoolean(),
                policy.path("RequireNumbers").asBoolean(), policy.path("RequireSymbols").asBoolean()));
    }

    @Test
    void namesEachPartAPasswordLacks() {
        assertThat(PasswordPolicy.POOL.missing("Geheim-123!")).isEmpty();
        assertThat(PasswordPolicy.POOL.missing("geheim")).containsExactly("at least 8 characters",
                "an uppercase letter", "a digit", "a symbol such as ! ? - _ or #");
        assertThat(PasswordPolicy.POOL.missing("GEHEIM-123")).containsExactly("a lowercase letter");
        // a space counts as a symbol only inside the password, and may not start or end it
        assertThat(PasswordPolicy.POOL.missing("Geheim 123")).isEmpty();
        assertThat(PasswordPolicy.POOL.missing("Geheim123 ")).containsExactly("a symbol such as ! ? - _ or #",
                "no space at its start or end");
    }
}

package io.coursedesk.shared.http.validation;

import io.coursedesk.shared.domain.EmailAddresses;
import jakarta.validation.Constraint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request field holding an email address: it follows {@link EmailAddresses}, the rule the mail function sends by.
 * Null passes (pair it with {@code @NotBlank} where the address is required).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
@Constraint(validatedBy = {})
public @interface DeliverableEmail {
    String message() default EmailAddresses.RULE;

    Class<?>[] groups() default {};

    Class<?>[] payload() default {};
}

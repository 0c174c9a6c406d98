package io.coursedesk.shared.http.validation;

import io.coursedesk.shared.domain.EmailAddresses;
import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

/** Checks {@link DeliverableEmail} fields; surrounding spaces are forgiven since every use case trims them. */
@Singleton
class DeliverableEmailValidator implements ConstraintValidator<DeliverableEmail, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, AnnotationValue<DeliverableEmail> annotation,
                           ConstraintValidatorContext context) {
        return value == null || EmailAddresses.isValid(value.toString().strip());
    }
}

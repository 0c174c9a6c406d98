package io.coursedesk.enrolment.paymentcode;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A batch of payment codes as the provider admin asks for it.
 *
 * @param count          how many codes, 1 to {@value #MAX_COUNT}
 * @param profile        what the codes are for ("Profiel")
 * @param organisationId the organisation that pays for them
 * @param contact        the organisation's contact person the batch is made for
 * @param reference      the provider's reference, optional
 */
@Introspected
public record PaymentCodeBatchRequest(@NotNull @Min(1) @Max(MAX_COUNT) Integer count,
                                      @NotBlank @Size(max = 100) String profile,
                                      @NotBlank @Size(max = 64) String organisationId,
                                      @NotBlank @Size(max = 200) String contact,
                                      @Size(max = 200) String reference) {
    public static final int MAX_COUNT = 1000;
}

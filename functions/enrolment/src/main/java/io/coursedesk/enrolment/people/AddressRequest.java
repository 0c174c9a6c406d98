package io.coursedesk.enrolment.people;

import io.coursedesk.shared.domain.Address;
import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A customer's address as the admin's form sends it: street, postal code and city required, country optional. */
@Introspected
public record AddressRequest(@NotBlank @Size(max = 200) String street, @NotBlank @Size(max = 20) String postalCode,
                             @NotBlank @Size(max = 200) String city, @Size(max = 200) String country) {

    Address toAddress() {
        return new Address(street.trim(), postalCode.trim(), city.trim(), country == null ? null : country.trim());
    }
}

package io.coursedesk.shared.domain;

public record Address(String street, String postalCode, String city, String country) {
}

package io.coursedesk.shared.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressesTest {

    @Test
    void acceptsOrdinaryAddressesAndSendsToThemAsTheyAre() {
        for (String address : List.of("jan@example.nl", "j.de-vries+cursus@mail.example.co.uk", "o'brien@example.ie")) {
            assertThat(EmailAddresses.isValid(address)).as(address).isTrue();
            assertThat(EmailAddresses.forSending(address)).isEqualTo(address);
        }
    }

    @Test
    void sendsToAnInternationalisedDomainInItsPunycodeForm() {
        assertThat(EmailAddresses.isValid("jan@bücher.nl")).isTrue();
        assertThat(EmailAddresses.forSending("jan@bücher.nl")).isEqualTo("jan@xn--bcher-kva.nl");
        assertThat(EmailAddresses.forSending("Info@Voorbeeld.NL")).isEqualTo("Info@voorbeeld.nl");
    }

    @Test
    void refusesWhatSesCannotDeliverOrWhatWouldSplitAHeader() {
        for (String address : List.of("jül@example.nl", "x,y@example.nl", "a;b@example.nl", "\"Jan\"@example.nl",
                "jan@example.nl>", "jan@[10.0.0.1]", "jan@localhost", "jan@@example.nl", "@example.nl", "jan@",
                ".jan@example.nl", "jan..bos@example.nl", "jan bos@example.nl", "jan@exa mple.nl",
                "jan@example.nl\r\nBcc: x@y.nl", "a".repeat(65) + "@example.nl", "a@" + "b".repeat(250) + ".nl")) {
            assertThat(EmailAddresses.isValid(address)).as(address).isFalse();
            assertThatThrownBy(() -> EmailAddresses.forSending(address)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(EmailAddresses.isValid(null)).isFalse();
    }
}

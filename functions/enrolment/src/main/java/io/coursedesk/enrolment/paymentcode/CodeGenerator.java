package io.coursedesk.enrolment.paymentcode;

import io.coursedesk.shared.domain.PaymentCode;
import jakarta.inject.Singleton;

import java.security.SecureRandom;

/**
 * New payment codes: {@value PaymentCode#GROUPS} groups of {@value PaymentCode#GROUP_LENGTH} characters of
 * {@link PaymentCode#ALPHABET} from a {@link SecureRandom}, so a code cannot be guessed from the codes someone has
 * seen (31^16, about 2^79, codes).
 */
@Singleton
public class CodeGenerator {
    private final SecureRandom random = new SecureRandom();

    public String next() {
        StringBuilder code = new StringBuilder(PaymentCode.GROUPS * (PaymentCode.GROUP_LENGTH + 1));
        for (int group = 0; group < PaymentCode.GROUPS; group++) {
            if (group > 0) {
                code.append('-');
            }
            for (int i = 0; i < PaymentCode.GROUP_LENGTH; i++) {
                code.append(PaymentCode.ALPHABET.charAt(random.nextInt(PaymentCode.ALPHABET.length())));
            }
        }
        return code.toString();
    }
}

package io.coursedesk.enrolment.paymentcode;

import io.coursedesk.shared.domain.PaymentCode;
import io.coursedesk.shared.domain.PaymentCodeState;
import io.coursedesk.shared.http.persistence.Transactions;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.ItemUpdate;
import io.coursedesk.shared.persistence.PaymentCodeItems;
import io.coursedesk.shared.persistence.PaymentCodeRepository;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Switches an unused payment code off, so no enrolment can be paid with it any more. A used code stays used (409);
 * deactivating a deactivated code changes nothing. The update holds only while the code is unused, so a code used
 * at the same moment is either used or deactivated, never both.
 */
@Singleton
public class DeactivatePaymentCode {
    private final PaymentCodeRepository codes;
    private final Transactions transactions;
    private final Clock clock;

    public DeactivatePaymentCode(PaymentCodeRepository codes, Transactions transactions, Clock clock) {
        this.codes = codes;
        this.transactions = transactions;
        this.clock = clock;
    }

    public PaymentCode deactivate(Caller caller, String text) {
        return transactions.untilDone(() -> attempt(caller, text));
    }

    private PaymentCode attempt(Caller caller, String text) {
        PaymentCode code = codes.find(caller.tenantId(), text)
                .orElseThrow(() -> ProblemException.notFound("Payment code " + text));
        switch (code.state()) {
            case DEACTIVATED -> {
                return code;
            }
            case USED -> throw ProblemException.conflict("The payment code has been used; a used code cannot be "
                    + "deactivated.");
            case UNUSED -> {
                Instant now = clock.instant();
                boolean written = transactions.write(List.of(ItemUpdate.of(PaymentCodeItems.key(caller.tenantId(),
                                code.code()))
                        .set(PaymentCodeItems.STATE, Item.s(PaymentCodeState.DEACTIVATED.name()))
                        .set("deactivatedAt", Item.s(now.toString()))
                        .condition("#codeState = :unused")
                        .name("#codeState", PaymentCodeItems.STATE)
                        .value(":unused", Item.s(PaymentCodeState.UNUSED.name()))
                        .toTransactItem(transactions.tableName()))).committed();
                // used meanwhile: read again
                return written ? new PaymentCode(code.code(), code.tenantId(), code.batchId(), code.profile(),
                        code.organisationId(), code.contact(), code.reference(), code.createdAt(),
                        PaymentCodeState.DEACTIVATED, null, now) : null;
            }
            default -> throw new IllegalStateException("unknown state " + code.state());
        }
    }
}

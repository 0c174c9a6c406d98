package io.coursedesk.enrolment.paymentcode;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.PaymentCode;
import io.coursedesk.shared.domain.PaymentCodeState;
import io.coursedesk.shared.http.persistence.Transactions;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.PaymentCodeItems;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TransactionWriter;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes a batch of payment codes. Each code is an item of its own, put only if no item of that code exists
 * ({@code attribute_not_exists}), so a code is never stored twice, however unlikely a collision of random codes is.
 * BatchWriteItem cannot be conditional, so the codes are written in TransactWriteItems of up to
 * {@value TransactionWriter#MAX_ITEMS}: a chunk in which a code already exists is cancelled whole, and written again
 * with a fresh code in place of each one that collided (the others are unchanged). A chunk already written stays
 * written if a later one fails (a 503 after the retries): its codes are in the list under the batch id.
 */
@Singleton
public class CreatePaymentCodes {
    private final OrganisationRepository organisations;
    private final Transactions transactions;
    private final CodeGenerator generator;
    private final Clock clock;

    public CreatePaymentCodes(OrganisationRepository organisations, Transactions transactions, CodeGenerator generator,
                              Clock clock) {
        this.organisations = organisations;
        this.transactions = transactions;
        this.generator = generator;
        this.clock = clock;
    }

    public PaymentCodeBatch create(Caller caller, PaymentCodeBatchRequest request) {
        if (organisations.find(caller.tenantId(), request.organisationId()).isEmpty()) {
            throw ProblemException.invalid("organisationId", "is not one of the provider's organisations");
        }
        PaymentCode template = new PaymentCode(null, caller.tenantId(), Ids.newId(), request.profile().strip(),
                request.organisationId(), request.contact().strip(),
                request.reference() == null || request.reference().isBlank() ? null : request.reference().strip(),
                PaymentCodeItems.creationTime(clock.instant()), PaymentCodeState.UNUSED, null, null);
        // the batch's own codes, so that no transaction names one item twice
        Set<String> made = new HashSet<>();
        List<String> codes = new ArrayList<>(request.count());
        while (codes.size() < request.count()) {
            List<String> chunk = new ArrayList<>();
            while (chunk.size() < Math.min(TransactionWriter.MAX_ITEMS, request.count() - codes.size())) {
                chunk.add(fresh(made));
            }
            codes.addAll(transactions.untilDone(() -> write(template, chunk, made)));
        }
        return new PaymentCodeBatch(template.batchId(), codes);
    }

    /** The chunk's codes once written; null (to be tried again) with a fresh code for each one that existed. */
    private List<String> write(PaymentCode template, List<String> chunk, Set<String> made) {
        TransactionWriter.Outcome outcome = transactions.write(chunk.stream()
                .map(code -> put(template, code)).toList());
        if (outcome.committed()) {
            return List.copyOf(chunk);
        }
        for (int i = 0; i < chunk.size(); i++) {
            if (outcome.conditionFailed(i)) {
                chunk.set(i, fresh(made));
            }
        }
        return null;
    }

    private TransactWriteItem put(PaymentCode template, String code) {
        PaymentCode item = new PaymentCode(code, template.tenantId(), template.batchId(), template.profile(),
                template.organisationId(), template.contact(), template.reference(), template.createdAt(),
                template.state(), null, null);
        return TransactWriteItem.builder().put(Put.builder().tableName(transactions.tableName())
                .item(PaymentCodeItems.toItem(item))
                .conditionExpression("attribute_not_exists(" + Table.PK + ")").build()).build();
    }

    private String fresh(Set<String> made) {
        String code = generator.next();
        while (!made.add(code)) {
            code = generator.next();
        }
        return code;
    }
}

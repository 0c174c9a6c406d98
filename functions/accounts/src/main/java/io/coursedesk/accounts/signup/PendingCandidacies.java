package io.coursedesk.accounts.signup;

import io.coursedesk.shared.domain.Candidate;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.persistence.CandidateRepository;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.Keys;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import io.coursedesk.shared.persistence.TransactionWriter;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;

/**
 * An organisation code given at sign-up (manual 004: the candidate gives it at registration) waits for the sign-up's
 * confirmation, since the student it links exists only from then: {@code PK=T#<provider>#USER#<userId>,
 * SK=CANDIDACY} ({@code organisationId}), keyed by the new user rather than the email, so nobody's code can wait for
 * another person's account. Unconfirmed, it expires after {@link #KEPT} (DynamoDB's TTL).
 */
@Singleton
public class PendingCandidacies {
    static final Duration KEPT = Duration.ofDays(14);
    private static final String SK = "CANDIDACY";

    private final DynamoDbClient dynamoDb;
    private final Table table;
    private final TableReads reads;
    private final TransactionWriter writer;
    private final CandidateRepository candidates;
    private final OrganisationRepository organisations;
    private final Clock clock;

    PendingCandidacies(DynamoDbClient dynamoDb, Table table, TableReads reads, TransactionWriter writer,
                       CandidateRepository candidates, OrganisationRepository organisations, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.reads = reads;
        this.writer = writer;
        this.candidates = candidates;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The user who just signed up with the provider gave the code of this organisation. */
    public void await(String providerId, String userId, String organisationId) {
        dynamoDb.putItem(b -> b.tableName(table.name()).item(Item.of(new HashMap<>(
                        TableReads.key(pk(providerId, userId), SK)))
                .with("organisationId", organisationId)
                .with(Table.EXPIRES_AT, clock.instant().plus(KEPT).getEpochSecond())
                .attributes()));
    }

    /**
     * Links the student the user became as candidate of the organisation their sign-up named, if it did and the
     * organisation still exists: the link and the removal of the waiting item in one transaction, so it happens once.
     */
    public void linkAwaiting(String userId, Student student) {
        String pk = pk(student.tenantId(), userId);
        reads.get(pk, SK).map(item -> item.string("organisationId"))
                .filter(organisationId -> organisations.find(student.tenantId(), organisationId).isPresent())
                .ifPresent(organisationId -> writer.write(List.of(
                        candidates.link(Candidate.linking(student, organisationId, clock.instant())),
                        TransactWriteItem.builder().delete(Delete.builder().tableName(table.name())
                                .key(TableReads.key(pk, SK)).conditionExpression("attribute_exists(" + Table.PK + ")")
                                .build()).build())));
    }

    private static String pk(String providerId, String userId) {
        return Keys.entity(providerId, "USER", userId);
    }
}

package io.coursedesk.shared.http.persistence;

import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TransactionWriter;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Optimistic writes: a use case reads, then writes everything in one TransactWriteItems whose conditions
 * say "nothing I read has changed". When one fails (someone else was quicker, or DynamoDB reports a
 * conflicting transaction) the use case reads again and tries again, after a short random pause.
 */
@Singleton
public class Transactions {
    private static final int MAX_ATTEMPTS = 100;
    private static final int MAX_PAUSE_MILLIS = 60;

    private final TransactionWriter writer;
    private final Table table;

    public Transactions(TransactionWriter writer, Table table) {
        this.writer = writer;
        this.table = table;
    }

    public String tableName() {
        return table.name();
    }

    /** Runs the attempt until it returns a result; an attempt returns null to be tried again. */
    public <T> T untilDone(Supplier<T> attempt) {
        for (int i = 1; i <= MAX_ATTEMPTS; i++) {
            T result = attempt.get();
            if (result != null) {
                return result;
            }
            pause(i);
        }
        throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "Busy",
                "Too many simultaneous changes; please try again.", List.of());
    }

    public TransactionWriter.Outcome write(List<TransactWriteItem> items) {
        return writer.write(items);
    }

    private static void pause(int attempt) {
        int ceiling = Math.min(MAX_PAUSE_MILLIS, 2 << Math.min(attempt, 5));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted between transaction attempts", e);
        }
    }
}

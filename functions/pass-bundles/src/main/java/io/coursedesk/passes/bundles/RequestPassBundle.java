package io.coursedesk.passes.bundles;

import io.coursedesk.passes.holders.HolderWithQualifications;
import io.coursedesk.passes.holders.QualificationHolderRepository;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.Outbox;
import io.coursedesk.shared.events.PassBundleRequested;
import io.coursedesk.shared.http.problem.InvalidFields;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.TransactionWriter;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Accepts a contact's bundle request: every holder must be one of their organisation's, then the bundle (PENDING)
 * and its {@link PassBundleRequested} are written in one transaction, with the {@code Idempotency-Key} if one came,
 * so the generator function builds it. A refused request writes nothing.
 */
@Singleton
public class RequestPassBundle {
    private final QualificationHolderRepository holders;
    private final PassBundleRepository bundles;
    private final Outbox outbox;
    private final TransactionWriter writes;
    private final Clock clock;

    public RequestPassBundle(QualificationHolderRepository holders, PassBundleRepository bundles, Outbox outbox,
                             TransactionWriter writes, Clock clock) {
        this.holders = holders;
        this.bundles = bundles;
        this.outbox = outbox;
        this.writes = writes;
        this.clock = clock;
    }

    /** The new bundle, or the one this caller's {@code idempotencyKey} made before. */
    public PassBundle request(Caller caller, BundleRequest request, String idempotencyKey) {
        if (caller.organisationId() == null) {
            throw ProblemException.forbidden("Only an organisation's contact can request passes.");
        }
        if (idempotencyKey != null && !Ids.isValid(idempotencyKey)) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1 to 64 letters, digits, '-' or '_'");
        }
        List<String> holderIds = List.copyOf(new LinkedHashSet<>(request.holderIds()));
        List<LocalDate> expiryDates = request.expiryDates() == null ? List.of()
                : request.expiryDates().stream().distinct().sorted().toList();
        String reference = request.reference() == null || request.reference().isBlank() ? null
                : request.reference().strip();
        String requestHash = hash(holderIds, request.scope(), expiryDates, reference);
        Instant now = clock.instant();
        if (idempotencyKey != null) {
            Optional<PassBundle> before = madeBefore(caller, idempotencyKey, requestHash, now);
            if (before.isPresent()) {
                return before.get();
            }
        }
        requireOwnHolders(caller, request.holderIds());

        PassBundle bundle = PassBundle.requested(caller.tenantId(), Ids.newId(), caller.organisationId(),
                caller.userId(), holderIds, request.scope(), expiryDates, reference, now);
        List<TransactWriteItem> items = new ArrayList<>(List.of(bundles.create(bundle),
                outbox.put(EventSources.PASS_BUNDLES, PassBundleRequested.of(caller.tenantId(), bundle.createdAt(),
                        bundle.bundleId(), bundle.organisationId(), bundle.requestedBy()))));
        if (idempotencyKey != null) {
            items.add(bundles.bindKey(bundle, idempotencyKey, requestHash, now));
        }
        TransactionWriter.Outcome outcome = writes.write(items);
        if (outcome.committed()) {
            return bundle;
        }
        if (idempotencyKey != null && outcome.conditionFailed(items.size() - 1)) {
            // the same key in a request that raced this one: answer with what that one made
            return madeBefore(caller, idempotencyKey, requestHash, now)
                    .orElseThrow(() -> new IllegalStateException("key " + idempotencyKey + " taken but not found"));
        }
        throw new IllegalStateException("bundle " + bundle.bundleId() + " was not written: " + outcome.reasons());
    }

    /** The bundle this key made, if it made one; a different request with the same key is refused. */
    private Optional<PassBundle> madeBefore(Caller caller, String idempotencyKey, String requestHash, Instant now) {
        return bundles.findKey(caller.tenantId(), caller.userId(), idempotencyKey, now).map(bound -> {
            if (!bound.requestHash().equals(requestHash)) {
                throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key reused",
                        "This Idempotency-Key was sent with a different request; use a new key for a new request.",
                        List.of());
            }
            return bundles.find(caller.tenantId(), caller.userId(), bound.bundleId())
                    .orElseThrow(() -> ProblemException.notFound("Bundle " + bound.bundleId()));
        });
    }

    /** Each holder named must exist and belong to the caller's organisation; each one that does not is named. */
    private void requireOwnHolders(Caller caller, List<String> holderIds) {
        Map<String, HolderWithQualifications> found = holders.findAll(caller.tenantId(), holderIds).stream()
                .collect(Collectors.toMap(HolderWithQualifications::holderId, Function.identity()));
        InvalidFields invalid = new InvalidFields();
        for (int i = 0; i < holderIds.size(); i++) {
            HolderWithQualifications holder = found.get(holderIds.get(i));
            invalid.check(holder != null && holder.holder().belongsTo(caller.organisationId()),
                    "holderIds[" + i + "]", "is not a holder of your organisation: " + holderIds.get(i));
        }
        invalid.throwIfAny();
    }

    /** What makes two requests the same request (after duplicates, order of dates and blanks are normalised). */
    private static String hash(List<String> holderIds, BundleScope scope, List<LocalDate> expiryDates,
                               String reference) {
        String canonical = String.join(",", holderIds) + "\n" + scope + "\n"
                + expiryDates.stream().map(LocalDate::toString).collect(Collectors.joining(",")) + "\n"
                + (reference == null ? "" : reference);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}

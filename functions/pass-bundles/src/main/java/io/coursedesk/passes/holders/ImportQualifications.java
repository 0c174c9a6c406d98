package io.coursedesk.passes.holders;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.http.problem.FieldError;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.TransactionWriter;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code POST /qualifications/imports}: an .xlsx of holders and their qualifications. Every row is checked first;
 * with any row rejected nothing is written. A qualification number already known updates that holder; a holder
 * whose stored state the file would not change is not written, so importing a file again changes nothing.
 */
@Singleton
public class ImportQualifications {
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** A write that found its holders changed meanwhile reads them again; this many times at most. */
    private static final int ATTEMPTS = 5;

    private final QualificationHolderRepository holders;
    private final OrganisationRepository organisations;
    private final TransactionWriter transactions;

    public ImportQualifications(QualificationHolderRepository holders, OrganisationRepository organisations,
                                TransactionWriter transactions) {
        this.holders = holders;
        this.organisations = organisations;
        this.transactions = transactions;
    }

    public ImportResult importFile(Caller caller, byte[] file) {
        if (file == null || file.length == 0) {
            throw ProblemException.invalid("body", "is required: an .xlsx file");
        }
        if (file.length > MAX_BYTES) {
            throw new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "File too large",
                    "An import file holds at most 5 MB.", List.of(new FieldError("body", "is larger than 5 MB")));
        }
        List<SheetRow> rows = QualificationSheet.read(file);
        if (rows.isEmpty()) {
            throw ProblemException.invalid("body", "has no rows below the header");
        }
        ImportRowValidator validator = new ImportRowValidator(existingOrganisations(caller.tenantId(), rows));
        rows.forEach(validator::check);
        List<ImportResult.Accepted> accepted = validator.valid().stream()
                .map(row -> new ImportResult.Accepted(row.number(), row.qualificationNumber(), row.name(),
                        row.qualification().code()))
                .toList();
        if (!validator.rejected().isEmpty()) {
            return new ImportResult(accepted, validator.rejected().stream()
                    .sorted(Comparator.comparingInt(ImportResult.Rejected::row)).toList());
        }
        write(caller.tenantId(), validator.valid());
        return new ImportResult(accepted, List.of());
    }

    private Set<String> existingOrganisations(String tenantId, List<SheetRow> rows) {
        Set<String> named = rows.stream().map(row -> row.get(ImportColumn.ORGANISATION_ID))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        return named.isEmpty() ? Set.of() : organisations.findAll(tenantId, named).keySet();
    }

    /**
     * Writes the holders in transactions of at most 100 items. A transaction that finds a holder changed (or a new
     * number taken) meanwhile fails as a whole; the holders are then read again and what still differs is written.
     */
    private void write(String tenantId, List<ImportedRow> rows) {
        Map<String, List<ImportedRow>> byNumber = rows.stream().collect(Collectors.groupingBy(
                ImportedRow::qualificationNumber, LinkedHashMap::new, Collectors.toList()));
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (writeChanged(tenantId, byNumber)) {
                return;
            }
        }
        throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "Busy",
                "The holders kept changing during the import; send the file again.", List.of());
    }

    private boolean writeChanged(String tenantId, Map<String, List<ImportedRow>> byNumber) {
        Map<String, String> holderIds = holders.holderIdsByNumber(tenantId, byNumber.keySet());
        Map<String, HolderWithQualifications> stored = holders.findAll(tenantId, holderIds.values()).stream()
                .collect(Collectors.toMap(h -> h.holder().qualificationNumber(), Function.identity()));
        List<TransactWriteItem> batch = new ArrayList<>();
        for (List<ImportedRow> holderRows : byNumber.values()) {
            Optional<HolderWithQualifications> previous = Optional.ofNullable(stored.get(holderRows.get(0).qualificationNumber()));
            QualificationHolder holder = holder(tenantId, holderRows, previous);
            List<Qualification> qualifications = qualifications(holderRows, previous);
            if (previous.isPresent() && previous.get().holder().equals(holder)
                    && previous.get().qualifications().equals(qualifications)) {
                continue;
            }
            if (batch.size() + QualificationHolderRepository.itemCount(holder, previous) > TransactionWriter.MAX_ITEMS) {
                if (!transactions.write(batch).committed()) {
                    return false;
                }
                batch = new ArrayList<>();
            }
            batch.addAll(holders.save(holder, qualifications, previous));
        }
        return batch.isEmpty() || transactions.write(batch).committed();
    }

    /** The file's name and birth date; its organisations added to the known ones (a blank personnel number keeps the known one). */
    private static QualificationHolder holder(String tenantId, List<ImportedRow> rows,
                                              Optional<HolderWithQualifications> previous) {
        ImportedRow first = rows.get(0);
        Map<String, String> personnelNumbers = new LinkedHashMap<>();
        previous.ifPresent(p -> p.holder().memberships().forEach(m -> personnelNumbers.put(m.organisationId(), m.personnelNumber())));
        rows.stream().filter(row -> row.organisationId() != null).forEach(row ->
                personnelNumbers.merge(row.organisationId(), Objects.requireNonNullElse(row.personnelNumber(), ""),
                        (known, imported) -> imported.isEmpty() ? known : imported));
        List<Membership> memberships = personnelNumbers.entrySet().stream()
                .map(e -> new Membership(e.getKey(), e.getValue() == null || e.getValue().isEmpty() ? null : e.getValue()))
                .toList();
        return new QualificationHolder(previous.map(HolderWithQualifications::holderId).orElseGet(Ids::newId), tenantId,
                first.qualificationNumber(), first.name(), first.birthDate(),
                previous.map(p -> p.holder().studentId()).orElse(null), memberships);
    }

    /** The known qualifications with those of the file in place of the ones with the same id, new ones after. */
    private static List<Qualification> qualifications(List<ImportedRow> rows, Optional<HolderWithQualifications> previous) {
        Map<String, Qualification> byId = new LinkedHashMap<>();
        previous.ifPresent(p -> p.qualifications().forEach(q -> byId.put(q.qualificationId(), q)));
        rows.forEach(row -> byId.put(row.qualification().qualificationId(), row.qualification()));
        return List.copyOf(byId.values());
    }
}

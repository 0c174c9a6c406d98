package io.coursedesk.passes.holders;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A holder and all their qualifications, as stored in one item (and copied onto each of their membership items).
 *
 * @param version incremented by every write; a write is conditioned on the version it read (0: not stored yet)
 */
public record HolderWithQualifications(QualificationHolder holder, List<Qualification> qualifications, long version) {

    public HolderWithQualifications {
        qualifications = List.copyOf(qualifications);
    }

    public String holderId() {
        return holder.holderId();
    }

    public Optional<Qualification> qualification(String qualificationId) {
        return qualifications.stream().filter(q -> q.qualificationId().equals(qualificationId)).findFirst();
    }

    /**
     * The qualification a list row shows, among those {@code among} accepts: the earliest-expiring one still valid on
     * {@code today} (one that never expires counts as latest), else the one that expired last; empty without any.
     */
    public Optional<Qualification> headline(LocalDate today, Predicate<Qualification> among) {
        Comparator<Qualification> byExpiry = Comparator.comparing(Qualification::expiryDate,
                Comparator.nullsLast(Comparator.naturalOrder()));
        List<Qualification> candidates = qualifications.stream().filter(among).toList();
        return candidates.stream().filter(q -> q.status(today) == QualificationStatus.VALID).min(byExpiry)
                .or(() -> candidates.stream().max(byExpiry));
    }
}

package io.coursedesk.passes.holders;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person holding qualifications, known to one provider; optionally in organisations.
 *
 * @param qualificationNumber the "Kwalificatienr.": unique per provider, printed on passes and in their file names
 * @param name                as printed, e.g. "Dhr. TEST de Tester"
 * @param studentId           set when the holder is a CourseDesk student (a passed course made them a holder)
 */
public record QualificationHolder(String holderId, String tenantId, String qualificationNumber, String name,
                                  LocalDate birthDate, String studentId, List<Membership> memberships) {

    public QualificationHolder {
        memberships = List.copyOf(memberships);
    }

    public Set<String> organisationIds() {
        return memberships.stream().map(Membership::organisationId).collect(Collectors.toUnmodifiableSet());
    }

    public boolean belongsTo(String organisationId) {
        return organisationIds().contains(organisationId);
    }

    public Optional<Membership> membership(String organisationId) {
        return memberships.stream().filter(m -> m.organisationId().equals(organisationId)).findFirst();
    }

    /** The organisation's personnel number when they belong to it, else null. */
    public String personnelNumber(String organisationId) {
        return membership(organisationId).map(Membership::personnelNumber).orElse(null);
    }
}

package io.coursedesk.passes.api;

import io.coursedesk.passes.holders.HolderWithQualifications;
import io.coursedesk.passes.holders.Membership;
import io.coursedesk.passes.holders.QualificationHolder;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.core.annotation.Introspected;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A holder with their qualifications ("Bekijk details"), soonest expiry first. A contact sees only their own
 * organisation's membership: the personnel numbers other customers keep are theirs.
 */
@Introspected
public record HolderView(String holderId, String qualificationNumber, String name, LocalDate birthDate,
                         String studentId, List<Membership> memberships, List<QualificationView> qualifications) {

    static HolderView of(HolderWithQualifications stored, Caller caller, LocalDate today) {
        QualificationHolder holder = stored.holder();
        List<Membership> memberships = caller.isProviderAdmin() ? holder.memberships()
                : holder.memberships().stream().filter(m -> m.organisationId().equals(caller.organisationId())).toList();
        return new HolderView(holder.holderId(), holder.qualificationNumber(), holder.name(), holder.birthDate(),
                holder.studentId(), memberships, stored.qualifications().stream()
                .sorted(Comparator.comparing(q -> q.expiryDate(), Comparator.nullsLast(Comparator.naturalOrder())))
                .map(q -> QualificationView.of(q, today)).toList());
    }
}

package io.coursedesk.passes.verification;

import io.coursedesk.passes.holders.HolderWithQualifications;
import io.coursedesk.passes.holders.Qualification;
import io.coursedesk.passes.holders.QualificationStatus;

import java.time.LocalDate;

/** What the verification page says about a scanned pass. */
public sealed interface PassCheck {

    /** Signed by us and still held: valid or expired by today's date in Amsterdam. */
    record Genuine(String holderName, Qualification qualification, boolean expired) implements PassCheck {
        public LocalDate expiryDate() {
            return qualification.expiryDate();
        }
    }

    /** Signed by us, but the holder or the qualification has since been removed. */
    record Withdrawn() implements PassCheck {
    }

    /** Not a code we signed: made up, altered or cut short. */
    record NotGenuine() implements PassCheck {
    }

    static PassCheck of(HolderWithQualifications holder, String qualificationId, LocalDate today) {
        return holder.qualification(qualificationId)
                .<PassCheck>map(q -> new Genuine(holder.holder().name(), q,
                        q.status(today) == QualificationStatus.EXPIRED))
                .orElseGet(Withdrawn::new);
    }
}

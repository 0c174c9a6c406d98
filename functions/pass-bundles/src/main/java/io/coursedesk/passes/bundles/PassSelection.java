package io.coursedesk.passes.bundles;

import io.coursedesk.passes.holders.Qualification;
import io.coursedesk.passes.holders.QualificationType;

import java.time.LocalDate;
import java.util.List;

/** Which of a holder's qualifications get a pass in a bundle: by its scope, then by its expiry dates if it names any. */
final class PassSelection {

    private PassSelection() {
    }

    static List<Qualification> select(List<Qualification> qualifications, BundleScope scope,
                                      List<LocalDate> expiryDates) {
        List<Qualification> inScope = scope == BundleScope.ALL ? qualifications : main(qualifications);
        return expiryDates.isEmpty() ? inScope
                : inScope.stream().filter(q -> expiryDates.contains(q.expiryDate())).toList();
    }

    /** The diploma (or diplomas) if the holder has one, else their certificates. */
    private static List<Qualification> main(List<Qualification> qualifications) {
        List<Qualification> diplomas = qualifications.stream()
                .filter(q -> q.type() == QualificationType.DIPLOMA).toList();
        return diplomas.isEmpty() ? qualifications : diplomas;
    }
}

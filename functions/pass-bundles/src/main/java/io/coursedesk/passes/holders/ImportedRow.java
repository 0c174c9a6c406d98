package io.coursedesk.passes.holders;

import java.time.LocalDate;

/** A valid row of an import: a holder's details and one of their qualifications. */
record ImportedRow(int number, String qualificationNumber, String name, LocalDate birthDate, String organisationId,
                   String personnelNumber, Qualification qualification) {
}

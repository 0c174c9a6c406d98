package io.coursedesk.invitations.dispatch;

import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.email.EmailAddress;

import java.util.Optional;

/** Who a mail about a student goes to. */
final class Recipients {

    private Recipients() {
    }

    /**
     * The organisation's contact person when the organisation wants all correspondence through them, otherwise
     * the student; the contact also when the student has no address of their own. Nobody when neither has an
     * address: the course portal's manual tells providers to remove a student's address to keep them out of mails.
     */
    static Optional<EmailAddress> forStudent(Student student, Organisation organisation) {
        Optional<EmailAddress> contact = contact(organisation);
        if (organisation != null && organisation.correspondenceViaContact() && contact.isPresent()) {
            return contact;
        }
        return address(student.email(), student.fullName()).or(() -> contact);
    }

    static Optional<EmailAddress> contact(Organisation organisation) {
        return organisation == null ? Optional.empty() : address(organisation.contactEmail(), organisation.contactName());
    }

    static Optional<EmailAddress> address(String email, String name) {
        return EmailAddress.isValid(email) ? Optional.of(new EmailAddress(email.strip(), name)) : Optional.empty();
    }
}

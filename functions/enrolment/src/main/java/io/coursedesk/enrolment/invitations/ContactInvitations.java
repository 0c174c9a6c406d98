package io.coursedesk.enrolment.invitations;

import io.coursedesk.enrolment.licences.LicenceSeats;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.http.persistence.Transactions;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.TransactionWriter.Outcome;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an organisation's contact person does with student invitations: invite while a licence seat is free, change
 * and send again, send again, revoke (freeing the seat). Each change, its seat and its mail request are one
 * transaction; an invitation another contact changed meanwhile is read again and the change decided anew.
 */
@Singleton
public class ContactInvitations {
    private final StudentInvitations invitations;
    private final OrganisationRepository organisations;
    private final LicenceSeats seats;
    private final InvitationMails mails;
    private final Transactions transactions;
    private final Clock clock;

    public ContactInvitations(StudentInvitations invitations, OrganisationRepository organisations, LicenceSeats seats,
                              InvitationMails mails, Transactions transactions, Clock clock) {
        this.invitations = invitations;
        this.organisations = organisations;
        this.seats = seats;
        this.mails = mails;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Invites the student, taking one of the contact's organisation's seats.
     *
     * @throws ProblemException 409 when every seat is taken
     */
    public StudentInvitation invite(Caller caller, InvitationRequest request) {
        Organisation organisation = organisationOf(caller);
        Instant now = clock.instant();
        StudentInvitation invitation = StudentInvitation.open(Ids.newId(), caller.tenantId(), organisation.id(),
                request, now, caller.userId());
        List<TransactWriteItem> items = List.of(seats.take(caller.tenantId(), organisation.id()),
                invitations.create(invitation), invitations.claimInvitee(invitation),
                mails.invited(invitation, organisation, now));
        return transactions.untilDone(() -> {
            Outcome outcome = transactions.write(items);
            if (outcome.conditionFailed(2)) {
                throw alreadyInvited(invitation);
            }
            if (outcome.conditionFailed(0)) {
                throw ProblemException.conflict("All licences of " + organisation.name() + " are in use: revoke an "
                        + "open invitation, unlink a student who left, or ask the provider for more licences.");
            }
            return outcome.committed() ? invitation : null;
        });
    }

    /** Changes the invitee's details of an open invitation and mails it again with a new link. */
    public StudentInvitation change(Caller caller, String studentInvitationId, InvitationRequest request) {
        return sendAgain(caller, studentInvitationId, request);
    }

    /** Mails an open invitation again with a new link; the earlier mails' links stop working. */
    public StudentInvitation resend(Caller caller, String studentInvitationId) {
        return sendAgain(caller, studentInvitationId, null);
    }

    /** Revokes an open invitation, freeing its seat; the invitee is told only when {@code notify}. */
    public StudentInvitation revoke(Caller caller, String studentInvitationId, boolean notify) {
        Organisation organisation = organisationOf(caller);
        return transactions.untilDone(() -> {
            StudentInvitation read = openInvitation(caller, organisation, studentInvitationId);
            Instant now = clock.instant();
            StudentInvitation revoked = read.revoked(now);
            List<TransactWriteItem> items = new ArrayList<>(List.of(invitations.replace(revoked, read),
                    invitations.releaseInvitee(read), seats.free(caller.tenantId(), organisation.id())));
            if (notify) {
                items.add(mails.revoked(revoked, organisation, now));
            }
            return transactions.write(items).committed() ? revoked : null;
        });
    }

    /** An invitation of the caller's organisation; another organisation's is not found. */
    public StudentInvitation find(Caller caller, String studentInvitationId) {
        return invitations.find(caller.tenantId(), caller.organisationId(), studentInvitationId)
                .orElseThrow(() -> ProblemException.notFound("Student invitation " + studentInvitationId));
    }

    private StudentInvitation sendAgain(Caller caller, String studentInvitationId, InvitationRequest changed) {
        Organisation organisation = organisationOf(caller);
        return transactions.untilDone(() -> {
            StudentInvitation read = openInvitation(caller, organisation, studentInvitationId);
            Instant now = clock.instant();
            StudentInvitation sent = read.sentAgain(changed, now);
            List<TransactWriteItem> items = new ArrayList<>(List.of(invitations.replace(sent, read),
                    mails.invited(sent, organisation, now)));
            boolean readdressed = !sent.email().equalsIgnoreCase(read.email());
            if (readdressed) {
                items.add(invitations.releaseInvitee(read));
                items.add(invitations.claimInvitee(sent));
            }
            Outcome outcome = transactions.write(items);
            if (readdressed && outcome.conditionFailed(3)) {
                throw alreadyInvited(sent);
            }
            return outcome.committed() ? sent : null;
        });
    }

    private static ProblemException alreadyInvited(StudentInvitation invitation) {
        return ProblemException.conflict("An open invitation of your organisation already goes to "
                + invitation.email() + ": send that one again instead.", "email", "has an open invitation already");
    }

    private StudentInvitation openInvitation(Caller caller, Organisation organisation, String studentInvitationId) {
        StudentInvitation invitation = invitations.find(caller.tenantId(), organisation.id(), studentInvitationId)
                .orElseThrow(() -> ProblemException.notFound("Student invitation " + studentInvitationId));
        if (!invitation.isOpen()) {
            throw ProblemException.conflict("The invitation is " + invitation.status().name().toLowerCase(Locale.ROOT)
                    + ": only an open invitation can be changed, sent again or revoked.");
        }
        return invitation;
    }

    private Organisation organisationOf(Caller caller) {
        return organisations.find(caller.tenantId(), caller.organisationId())
                .orElseThrow(() -> ProblemException.notFound("Organisation " + caller.organisationId()));
    }
}

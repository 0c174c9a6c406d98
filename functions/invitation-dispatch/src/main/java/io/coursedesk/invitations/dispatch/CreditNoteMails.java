package io.coursedesk.invitations.dispatch;

import com.amazonaws.services.lambda.runtime.Context;
import io.coursedesk.shared.aws.EventConsumer;
import io.coursedesk.shared.events.CreditNoteIssued;
import jakarta.inject.Singleton;

/**
 * Mails an issued credit note to the payer of the debit note it credits, with a copy to the participant an
 * organisation pays for ({@link NoteMails}).
 */
@Singleton
class CreditNoteMails implements EventConsumer<CreditNoteIssued> {
    private final NoteMails mails;

    CreditNoteMails(NoteMails mails) {
        this.mails = mails;
    }

    @Override
    public Class<CreditNoteIssued> eventType() {
        return CreditNoteIssued.class;
    }

    @Override
    public void accept(CreditNoteIssued note, Context lambdaContext) {
        mails.send(note, lambdaContext);
    }
}

package io.coursedesk.invitations.dispatch;

import com.amazonaws.services.lambda.runtime.Context;
import io.coursedesk.shared.aws.EventConsumer;
import io.coursedesk.shared.events.DebitNoteIssued;
import jakarta.inject.Singleton;

/**
 * Mails an issued debit note to its payer, with a copy to the participant an organisation pays for
 * ({@link NoteMails}).
 */
@Singleton
class DebitNoteMails implements EventConsumer<DebitNoteIssued> {
    private final NoteMails mails;

    DebitNoteMails(NoteMails mails) {
        this.mails = mails;
    }

    @Override
    public Class<DebitNoteIssued> eventType() {
        return DebitNoteIssued.class;
    }

    @Override
    public void accept(DebitNoteIssued note, Context lambdaContext) {
        mails.send(note, lambdaContext);
    }
}

package io.coursedesk.shared.email;

/**
 * Every mail the suite sends on its own, with its built-in Dutch text. Besides the provider variables of
 * {@link TemplateVariables} these texts use {@code recipient.name} (whoever the mail is addressed to: the
 * student, or the organisation's contact person), {@code provider.email} and the variables named per mail.
 */
public enum SystemEmail {

    /** A student got a seat. */
    ENROLMENT_CONFIRMATION("Bevestiging inschrijving {{course.type}} op {{course.date}}", """
            <p>Beste {{recipient.name}},</p>
            <p>De inschrijving van {{student.firstName}} {{student.lastName}} voor de cursus
            <strong>{{course.type}}</strong> is bevestigd.</p>
            """ + SystemEmail.COURSE_DETAILS),

    /** The course was full: on the waiting list at {@code waitingList.position}. */
    WAITING_LIST("Wachtlijst {{course.type}} op {{course.date}}", """
            <p>Beste {{recipient.name}},</p>
            <p>De cursus <strong>{{course.type}}</strong> is vol. {{student.firstName}} {{student.lastName}} staat
            op de wachtlijst, op plaats {{waitingList.position}}. Komt er een plaats vrij, dan krijgt de eerste op
            de wachtlijst die plaats en ontvangt u direct bericht.</p>
            """ + SystemEmail.COURSE_DETAILS),

    /** A freed seat went to the first on the waiting list. */
    PROMOTION("Er is een plaats vrijgekomen: {{course.type}} op {{course.date}}", """
            <p>Beste {{recipient.name}},</p>
            <p>Er is een plaats vrijgekomen. {{student.firstName}} {{student.lastName}} staat niet langer op de
            wachtlijst: de inschrijving voor de cursus <strong>{{course.type}}</strong> is bevestigd.</p>
            """ + SystemEmail.COURSE_DETAILS),

    /** An enrolment was cancelled. */
    CANCELLATION("Annulering inschrijving {{course.type}} op {{course.date}}", """
            <p>Beste {{recipient.name}},</p>
            <p>De inschrijving van {{student.firstName}} {{student.lastName}} voor de cursus
            <strong>{{course.type}}</strong> op {{course.date}} is geannuleerd.</p>
            """),

    /** The provider cancelled the course; sent for every participant, confirmed or on the waiting list. */
    COURSE_CANCELLATION("Cursus geannuleerd: {{course.type}} op {{course.date}}", """
            <p>Beste {{recipient.name}},</p>
            <p>Helaas moeten wij u laten weten dat {{provider.name}} de cursus <strong>{{course.type}}</strong>
            heeft geannuleerd. De inschrijving van {{student.firstName}} {{student.lastName}} voor deze cursus
            vervalt daarmee. Onze excuses voor het ongemak.</p>
            """ + SystemEmail.COURSE_DETAILS),

    /** A colleague ({@code student.*}) took over the seat of {@code previousStudent.name}; sent to both. */
    REPLACEMENT("Vervanging deelnemer {{course.type}} op {{course.date}}", """
            <p>Beste {{recipient.name}},</p>
            <p>De inschrijving voor de cursus <strong>{{course.type}}</strong> is overgedragen van
            {{previousStudent.name}} aan {{student.firstName}} {{student.lastName}}.</p>
            """ + SystemEmail.COURSE_DETAILS),

    /** A debit note, its PDF copy attached; to the payer, a copy to the participant an organisation pays for. */
    DEBIT_NOTE("Debetnota {{note.number}}: {{course.type}}", """
            <p>Beste {{recipient.name}},</p>
            <p>Hierbij ontvangt u debetnota <strong>{{note.number}}</strong> van {{provider.name}} voor de
            deelname van {{note.participant}} aan de cursus <strong>{{course.type}}</strong> op {{course.date}}:
            {{note.amount}}. De nota is als PDF bijgevoegd.</p>
            """),

    /**
     * A credit note for an enrolment cancelled after its debit note ({@code note.debitNoteNumber}), its PDF copy
     * attached; to the same payer and copy as the debit note.
     */
    CREDIT_NOTE("Creditnota {{note.number}}: {{course.type}}", """
            <p>Beste {{recipient.name}},</p>
            <p>De deelname van {{note.participant}} aan de cursus <strong>{{course.type}}</strong> op {{course.date}}
            is geannuleerd. Hierbij ontvangt u creditnota <strong>{{note.number}}</strong> van {{provider.name}}:
            {{note.amount}}, het bedrag van debetnota {{note.debitNoteNumber}}. De nota is als PDF bijgevoegd.</p>
            """),

    /** The default course reminder, some days before the course, to a participant who received its invitation. */
    COURSE_REMINDER("Herinnering: {{course.type}} op {{course.date}}", """
            <p>Beste {{recipient.name}},</p>
            <p>Graag herinneren wij u eraan dat {{student.firstName}} {{student.lastName}} binnenkort deelneemt aan
            de cursus <strong>{{course.type}}</strong>.</p>
            """ + SystemEmail.COURSE_DETAILS),

    /** The default certificate reminder, some weeks before a certificate expires. */
    CERTIFICATE_REMINDER("Certificaat {{course.type}} verloopt op {{certificate.expiryDate}}", """
            <p>Beste {{recipient.name}},</p>
            <p>Het certificaat <strong>{{course.type}}</strong> van {{student.firstName}} {{student.lastName}}
            verloopt op {{certificate.expiryDate}}. Schrijf tijdig in voor een herhalingscursus, zodat het
            certificaat geldig blijft.</p>
            """ + SystemEmail.SIGNATURE),

    /** The default customer reminder: to an organisation's contact person, its students' certificates that expire. */
    CUSTOMER_REMINDER("Verlopende certificaten van uw medewerkers", """
            <p>Beste {{recipient.name}},</p>
            <p>De volgende certificaten van medewerkers van {{organisation.name}} verlopen binnenkort. Schrijf hen
            tijdig in voor een herhalingscursus, zodat hun certificaten geldig blijven.</p>
            {{studentList}}
            """ + SystemEmail.SIGNATURE),

    /**
     * An organisation's contact person invites a student (manual 000): {@code organisation.name}, the contact's free
     * text {@code invitation.message} (left out when empty), the activation link {@code invitation.link} and when
     * it stops working, {@code invitation.expiresAt} (date and time).
     */
    STUDENT_INVITATION("Uitnodiging van {{organisation.name}} voor de cursussen van {{provider.name}}", """
            <p>Beste {{student.firstName}} {{student.lastName}},</p>
            <p>{{organisation.name}} nodigt je uit als cursist bij {{provider.name}}. Na het activeren van je
            uitnodiging sta je bij {{organisation.name}} geregistreerd als cursist.</p>
            {{#invitation.message}}<p>Bericht van {{organisation.name}}:</p>
            <blockquote>{{invitation.message}}</blockquote>{{/invitation.message}}
            <p><a href="{{invitation.link}}" style="display:inline-block;padding:8px 16px;background:#0b5394;color:#ffffff;text-decoration:none">Uitnodiging activeren</a></p>
            <p>Of ga naar deze link <a href="{{invitation.link}}">{{invitation.link}}</a>. Log in met dit
            e-mailadres, of maak een account aan als je er nog geen hebt. De link werkt tot
            {{invitation.expiresAt}} uur.</p>
            """ + SystemEmail.SIGNATURE),

    /** The contact revoked the invitation and asked for the invitee to be told. */
    STUDENT_INVITATION_REVOKED("Uitnodiging van {{organisation.name}} ingetrokken", """
            <p>Beste {{student.firstName}} {{student.lastName}},</p>
            <p>{{organisation.name}} heeft de uitnodiging om cursist te worden bij {{provider.name}} ingetrokken.
            De link in de uitnodiging werkt niet meer. Je hoeft niets te doen.</p>
            """ + SystemEmail.SIGNATURE),

    /** The default course invitation; it uses only provider variables, so a provider may start from it. */
    COURSE_INVITATION("Uitnodiging {{course.type}} op {{course.date}}", """
            <p>Beste {{student.firstName}} {{student.lastName}},</p>
            <p>Hierbij nodigen wij je uit voor de cursus <strong>{{course.type}}</strong>.</p>
            <p>Datum: {{course.date}}<br>
            Starttijd: {{course.startTime}}<br>
            Locatie: {{course.location}}</p>
            <p>Met vriendelijke groet,</p>
            <p>{{provider.name}}</p>
            """),

    /** Asks an instructor whether they can teach; the text of the course portal's manual. */
    INSTRUCTOR_INVITATION("Uitnodiging om een {{course.type}} cursus te geven op {{course.date}}", """
            <p>Beste {{instructor.name}},</p>
            <p>Je bent uitgenodigd om een {{course.type}} cursus te geven voor {{provider.name}}. De cursus vindt
            plaats op {{course.date}}.<br>
            Starttijd: {{course.startTime}}<br>
            Eindtijd: {{course.endTime}}</p>
            <p>Locatie: {{course.location}}</p>
            <p>Geef middels de onderstaande knoppen aan of je aanwezig kan zijn voor deze cursus.</p>
            <p><a href="{{links.available}}" style="display:inline-block;padding:8px 16px;background:#2e7d32;color:#ffffff;text-decoration:none">Ik ben beschikbaar</a></p>
            <p><a href="{{links.unavailable}}" style="display:inline-block;padding:8px 16px;background:#c62828;color:#ffffff;text-decoration:none">Ik ben niet beschikbaar</a></p>
            <p>Of ga naar deze link <a href="{{links.respond}}">{{links.respond}}</a>.</p>
            """ + SystemEmail.SIGNATURE),

    /** Tells the provider that an instructor is available. */
    INSTRUCTOR_AVAILABLE("Instructeur {{instructor.name}} is beschikbaar voor {{course.type}} op {{course.date}}", """
            <p>Beste,</p>
            <p>Instructeur {{instructor.name}} heeft aangegeven beschikbaar te zijn om de {{course.type}} cursus
            (#{{course.reference}}) te geven op {{course.date}}.</p>
            """ + SystemEmail.SIGNATURE),

    /** The provider chose this instructor ({@code instructor.role}: hoofdinstructeur or tweede instructeur). */
    INSTRUCTOR_CONFIRMATION("Bevestiging: je geeft de {{course.type}} cursus op {{course.date}}", """
            <p>Beste {{instructor.name}},</p>
            <p>{{provider.name}} heeft je gekozen als {{instructor.role}} voor de {{course.type}} cursus op
            {{course.date}}.<br>
            Starttijd: {{course.startTime}}<br>
            Eindtijd: {{course.endTime}}</p>
            <p>Locatie: {{course.location}}</p>
            """ + SystemEmail.SIGNATURE),

    /** Tells an instructor who answered available, or not at all, that the course is covered. */
    INSTRUCTOR_REJECTION("De {{course.type}} cursus op {{course.date}} is voorzien", """
            <p>Beste {{instructor.name}},</p>
            <p>Bedankt voor je reactie. Voor de {{course.type}} cursus op {{course.date}} is {{provider.name}}
            inmiddels voorzien van een instructeur. Je hoeft voor deze cursus niets meer te doen.</p>
            """ + SystemEmail.SIGNATURE);

    private static final String SIGNATURE = """
            <p>Dit is een automatisch gegenereerde e-mail. Vragen of opmerkingen kunt u sturen naar
            {{provider.email}}.</p>
            <p>Met vriendelijke groet,</p>
            <p>Administratie {{provider.name}}</p>
            """;

    private static final String COURSE_DETAILS = """
            <p>Datum: {{course.date}}<br>
            Starttijd: {{course.startTime}}<br>
            Locatie: {{course.location}}</p>
            """ + SIGNATURE;

    private final MessageTemplate template;

    SystemEmail(String subject, String htmlBody) {
        this.template = new MessageTemplate(subject, htmlBody);
    }

    /** The built-in Dutch text. */
    public MessageTemplate template() {
        return template;
    }
}

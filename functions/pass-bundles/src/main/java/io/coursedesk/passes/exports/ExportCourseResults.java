package io.coursedesk.passes.exports;

import io.coursedesk.shared.domain.CourseKind;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.function.Consumer;

/**
 * "Download alle cursusresultaten" (manual 000): every recorded result of an organisation's students as one sheet,
 * by student name and course date. A contact gets their own organisation's; a provider admin names the
 * organisation.
 */
@Singleton
public class ExportCourseResults {
    static final List<XlsxColumn> COLUMNS = List.of(
            new XlsxColumn("Achternaam", ColumnKind.TEXT, 22),
            new XlsxColumn("Voornaam", ColumnKind.TEXT, 16),
            new XlsxColumn("E-mailadres", ColumnKind.TEXT, 30),
            new XlsxColumn("Geboortedatum", ColumnKind.DATE, 15),
            new XlsxColumn("Cursus", ColumnKind.TEXT, 20),
            new XlsxColumn("Soort", ColumnKind.TEXT, 15),
            new XlsxColumn("Eerste dag", ColumnKind.DATE, 13),
            new XlsxColumn("Laatste dag", ColumnKind.DATE, 13),
            new XlsxColumn("Dagen", ColumnKind.NUMBER, 8),
            new XlsxColumn("Locatie", ColumnKind.TEXT, 20),
            new XlsxColumn("Aanwezig", ColumnKind.YES_NO, 11),
            new XlsxColumn("Geslaagd", ColumnKind.YES_NO, 11),
            new XlsxColumn("Certificaat geldig tot", ColumnKind.DATE, 22));

    private final ExportedOrganisation organisations;
    private final OrganisationResults results;
    private final ExportDelivery delivery;

    public ExportCourseResults(ExportedOrganisation organisations, OrganisationResults results,
                               ExportDelivery delivery) {
        this.organisations = organisations;
        this.results = results;
        this.delivery = delivery;
    }

    /**
     * @param organisationId required of an admin; a contact may leave it out or name their own organisation
     */
    public ExportFile export(Caller caller, String organisationId) {
        Organisation organisation = organisations.of(caller, organisationId);
        return delivery.export(caller.tenantId(), "Cursusresultaten " + organisation.name(), "Cursusresultaten",
                COLUMNS, sheet -> results.forEach(caller.tenantId(), organisation.id(), rowOf(sheet)));
    }

    private static Consumer<CourseResult> rowOf(XlsxSheet sheet) {
        return result -> sheet.row(
                result.student().lastName(),
                result.student().firstName(),
                result.student().email(),
                result.student().birthDate(),
                result.course().type(),
                result.course().details().kind() == CourseKind.EXTERNAL ? "Extern" : "Gecertificeerd",
                result.course().details().firstDay().date(),
                result.course().details().lastDay().date(),
                result.course().details().days().size(),
                result.course().details().location(),
                result.result().present(),
                result.result().passed(),
                result.result().certificateExpiry());
    }
}

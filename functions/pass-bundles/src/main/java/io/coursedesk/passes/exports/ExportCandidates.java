package io.coursedesk.passes.exports;

import io.coursedesk.shared.domain.CandidateFilter;
import io.coursedesk.shared.domain.CandidateProgress;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.domain.ProgrammeProgress;
import io.coursedesk.shared.domain.StepKind;
import io.coursedesk.shared.domain.StepProgress;
import io.coursedesk.shared.domain.StepState;
import io.coursedesk.shared.persistence.CandidateList;
import io.coursedesk.shared.tenancy.Caller;
import io.coursedesk.shared.time.Zones;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;

/**
 * "Downloaden filterselectie (Excel)" (manual 004): the organisation's candidate list as currently filtered, one
 * row per step of each programme shown (a candidate following none: one row without a step), by name. The list is
 * read by the same {@link CandidateList} as {@code GET /organisations/{id}/candidates}.
 */
@Singleton
public class ExportCandidates {
    static final List<XlsxColumn> COLUMNS = List.of(
            new XlsxColumn("Achternaam", ColumnKind.TEXT, 22),
            new XlsxColumn("Voornaam", ColumnKind.TEXT, 16),
            new XlsxColumn("E-mailadres", ColumnKind.TEXT, 30),
            new XlsxColumn("Gekoppeld op", ColumnKind.DATE, 14),
            new XlsxColumn("Opleidingstraject", ColumnKind.TEXT, 24),
            new XlsxColumn("Stap", ColumnKind.NUMBER, 7),
            new XlsxColumn("Soort", ColumnKind.TEXT, 10),
            new XlsxColumn("Cursus", ColumnKind.TEXT, 20),
            new XlsxColumn("Status", ColumnKind.TEXT, 34),
            new XlsxColumn("Datum resultaat", ColumnKind.DATE, 16));

    private final ExportedOrganisation organisations;
    private final CandidateList candidates;
    private final ExportDelivery delivery;

    public ExportCandidates(ExportedOrganisation organisations, CandidateList candidates, ExportDelivery delivery) {
        this.organisations = organisations;
        this.candidates = candidates;
        this.delivery = delivery;
    }

    /** @param filter as {@code CandidateQuery} made it from the request */
    public ExportFile export(Caller caller, String organisationId, CandidateFilter filter) {
        Organisation organisation = organisations.of(caller, organisationId);
        return delivery.export(caller.tenantId(), "Kandidaten " + organisation.name(), "Kandidaten", COLUMNS,
                sheet -> candidates.forEach(caller.tenantId(), organisation.id(), filter,
                        candidate -> rows(sheet, candidate)));
    }

    private static void rows(XlsxSheet sheet, CandidateProgress candidate) {
        String email = candidate.student() == null ? null : candidate.student().email();
        LocalDate linkedOn = LocalDate.ofInstant(candidate.candidate().linkedAt(), Zones.AMSTERDAM);
        if (candidate.programmes().isEmpty()) {
            sheet.row(candidate.lastName(), candidate.firstName(), email, linkedOn, null, null, null, null, null, null);
        }
        for (ProgrammeProgress programme : candidate.programmes()) {
            for (StepProgress step : programme.steps()) {
                sheet.row(candidate.lastName(), candidate.firstName(), email, linkedOn, programme.name(),
                        step.position(), step.step().kind() == StepKind.EXAM ? "Examen" : "Cursus",
                        step.step().courseType(), state(step.state()), step.decidedOn());
            }
        }
    }

    private static String state(StepState state) {
        return switch (state) {
            case PASSED -> "Behaald";
            case FAILED -> "Niet behaald, herkansing nodig";
            case PENDING -> "Nog niet afgerond";
        };
    }
}

package io.coursedesk.passes.holders;

import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /qualification-holders}: one index partition (the organisation's or the provider's, all its pages),
 * filtered, sorted and paged in memory: fine for organisations of thousands of holders.
 */
@Singleton
public class ListHolders {
    public static final int MAX_LIMIT = 250;
    public static final int DEFAULT_LIMIT = 50;

    private final QualificationHolderRepository holders;
    private final OrganisationRepository organisations;
    private final HolderCursors cursors;
    private final Clock clock;

    public ListHolders(QualificationHolderRepository holders, OrganisationRepository organisations,
                       HolderCursors cursors, Clock clock) {
        this.holders = holders;
        this.organisations = organisations;
        this.cursors = cursors;
        this.clock = clock;
    }

    /** A contact lists their own organisation (another one is 404); an admin any, or the whole provider. */
    public HolderPage list(Caller caller, HolderFilter requested, HolderSort sort, int limit, String cursor) {
        HolderFilter filter = scoped(caller, requested);
        Optional<HolderSort.Position> after = cursor == null ? Optional.empty()
                : Optional.of(cursors.decode(caller, filter, sort, cursor).orElseThrow(() ->
                        ProblemException.invalid("cursor", "is not a cursor this caller got for this list")));
        List<HolderWithQualifications> candidates = filter.organisationId() == null
                ? holders.list(caller.tenantId())
                : holders.listByOrganisation(caller.tenantId(), filter.organisationId());
        LocalDate today = Qualification.today(clock);
        Comparator<HolderSort.Position> order = sort.order();
        List<HolderRow> rows = candidates.stream().filter(filter::matches)
                .map(holder -> row(holder, filter, today))
                .filter(row -> after.isEmpty() || order.compare(sort.position(row), after.get()) > 0)
                .sorted((a, b) -> order.compare(sort.position(a), sort.position(b)))
                .limit(limit + 1L)
                .toList();
        if (rows.size() <= limit) {
            return new HolderPage(rows, null);
        }
        List<HolderRow> page = rows.subList(0, limit);
        return new HolderPage(page, cursors.encode(caller, filter, sort, sort.position(page.get(limit - 1))));
    }

    private HolderFilter scoped(Caller caller, HolderFilter filter) {
        if (caller.isOrganisationContact()) {
            String own = caller.organisationId();
            if (own == null || (filter.organisationId() != null && !filter.organisationId().equals(own))) {
                throw ProblemException.notFound("The organisation");
            }
            return new HolderFilter(own, filter.examType(), filter.examNumber(), filter.expiresFrom(),
                    filter.expiresTo(), filter.q());
        }
        if (filter.organisationId() != null && organisations.find(caller.tenantId(), filter.organisationId()).isEmpty()) {
            throw ProblemException.notFound("Organisation " + filter.organisationId());
        }
        return filter;
    }

    private static HolderRow row(HolderWithQualifications holder, HolderFilter filter, LocalDate today) {
        QualificationHolder person = holder.holder();
        Optional<Qualification> headline = holder.headline(today, filter::isAbout);
        String personnelNumber = filter.organisationId() != null ? person.personnelNumber(filter.organisationId())
                : person.memberships().size() == 1 ? person.memberships().get(0).personnelNumber() : null;
        return new HolderRow(person.holderId(), person.qualificationNumber(), person.name(), person.birthDate(),
                headline.map(Qualification::expiryDate).orElse(null),
                headline.map(q -> q.status(today)).orElse(null), personnelNumber);
    }
}

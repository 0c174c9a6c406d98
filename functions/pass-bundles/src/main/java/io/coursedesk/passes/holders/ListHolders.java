package io.coursedesk.passes.holders;

import io.coursedesk.shared.http.page.CursorScope;
import io.coursedesk.shared.http.page.ListCursors;
import io.coursedesk.shared.http.page.Page;
import io.coursedesk.shared.http.page.PageRequest;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.SortKey;
import io.coursedesk.shared.persistence.SortedPages;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /qualification-holders}: one index partition (the organisation's or the provider's, all its pages),
 * filtered, sorted and paged in memory: fine for organisations of thousands of holders.
 */
@Singleton
public class ListHolders {
    private final QualificationHolderRepository holders;
    private final OrganisationRepository organisations;
    private final ListCursors cursors;
    private final Clock clock;

    public ListHolders(QualificationHolderRepository holders, OrganisationRepository organisations,
                       ListCursors cursors, Clock clock) {
        this.holders = holders;
        this.organisations = organisations;
        this.cursors = cursors;
        this.clock = clock;
    }

    /**
     * A contact lists their own organisation (another one is 404); an admin any, or the whole provider. The
     * page's cursor holds only for the same caller, filters and sort.
     */
    public Page<HolderRow> list(Caller caller, HolderFilter requested, HolderSort sort, PageRequest page) {
        HolderFilter filter = scoped(caller, requested);
        return cursors.page(CursorScope.of(caller, "qualification-holders", filter, sort), page, SortKey.class,
                (limit, after) -> {
                    List<HolderWithQualifications> candidates = filter.organisationId() == null
                            ? holders.list(caller.tenantId())
                            : holders.listByOrganisation(caller.tenantId(), filter.organisationId());
                    LocalDate today = Qualification.today(clock);
                    List<HolderRow> rows = candidates.stream().filter(filter::matches)
                            .map(holder -> row(holder, filter, today)).toList();
                    return SortedPages.page(rows, sort::position, sort.order(), after, limit);
                });
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

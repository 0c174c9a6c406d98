package io.coursedesk.reminders.equipment;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.http.problem.InvalidFields;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.persistence.Slice;
import io.coursedesk.shared.tenancy.Caller;
import io.coursedesk.shared.time.Zones;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A provider admin keeps the equipment certifications of their customers. */
@Singleton
public class EquipmentCertifications {
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private final EquipmentCertificationRepository certifications;
    private final OrganisationRepository organisations;
    private final Clock clock;

    public EquipmentCertifications(EquipmentCertificationRepository certifications,
                                   OrganisationRepository organisations, Clock clock) {
        this.certifications = certifications;
        this.organisations = organisations;
        this.clock = clock;
    }

    public EquipmentCertificationView register(Caller caller, EquipmentCertificationRequest request) {
        Organisation organisation = checked(caller, request);
        Instant now = clock.instant();
        EquipmentCertification certification = certification(caller, Ids.newId(), request, now, now);
        certifications.create(certification);
        return view(certification, organisation);
    }

    public EquipmentCertificationView edit(Caller caller, String equipmentCertificationId,
                                           EquipmentCertificationRequest request) {
        EquipmentCertification current = existing(caller, equipmentCertificationId);
        Organisation organisation = checked(caller, request);
        EquipmentCertification edited = certification(caller, current.equipmentCertificationId(), request,
                current.createdAt(), clock.instant());
        if (!certifications.replace(edited)) {
            throw notFound(equipmentCertificationId);
        }
        return view(edited, organisation);
    }

    public EquipmentCertificationView find(Caller caller, String equipmentCertificationId) {
        EquipmentCertification certification = existing(caller, equipmentCertificationId);
        return view(certification, organisations.find(caller.tenantId(), certification.organisationId()).orElse(null));
    }

    /** A page by remind-from date, of every customer or of one; an id that names none lists nothing. */
    public Slice<EquipmentCertificationView, PagePosition> page(Caller caller, String organisationId, int limit,
                                                                PagePosition after) {
        if (organisationId != null && !Ids.isValid(organisationId)) {
            return new Slice<>(List.of(), null);
        }
        LocalDate today = LocalDate.now(clock.withZone(Zones.AMSTERDAM));
        Slice<EquipmentCertification, PagePosition> page = certifications.page(caller.tenantId(), organisationId,
                limit, after);
        return new Slice<>(views(caller.tenantId(), page.items(), today), page.next());
    }

    /** The first {@code limit} whose remind-from date has come, earliest first (the dashboard's section). */
    public List<EquipmentCertificationView> dueOn(String tenantId, LocalDate today, int limit) {
        return views(tenantId, certifications.dueOn(tenantId, today, limit), today);
    }

    /** The views of these certifications, their customers' names read in one batch. */
    private List<EquipmentCertificationView> views(String tenantId, List<EquipmentCertification> found,
                                                   LocalDate today) {
        Map<String, Organisation> customers = organisations.findAll(tenantId,
                found.stream().map(EquipmentCertification::organisationId).distinct().toList());
        return found.stream().map(certification -> {
            Organisation customer = customers.get(certification.organisationId());
            return EquipmentCertificationView.of(certification, customer == null ? null : customer.name(), today);
        }).toList();
    }

    public void remove(Caller caller, String equipmentCertificationId) {
        if (!Ids.isValid(equipmentCertificationId)
                || !certifications.remove(caller.tenantId(), equipmentCertificationId)) {
            throw notFound(equipmentCertificationId);
        }
    }

    private EquipmentCertification existing(Caller caller, String equipmentCertificationId) {
        if (!Ids.isValid(equipmentCertificationId)) {
            throw notFound(equipmentCertificationId);
        }
        return certifications.find(caller.tenantId(), equipmentCertificationId)
                .orElseThrow(() -> notFound(equipmentCertificationId));
    }

    /** The dates in a sane range and in order, and the customer one of this provider's. */
    private Organisation checked(Caller caller, EquipmentCertificationRequest request) {
        InvalidFields invalid = new InvalidFields();
        invalid.check(!request.expiryDate().isBefore(EARLIEST) && !request.expiryDate().isAfter(LATEST),
                "expiryDate", "must lie between " + EARLIEST + " and " + LATEST);
        invalid.check(!request.remindFrom().isBefore(EARLIEST) && !request.remindFrom().isAfter(request.expiryDate()),
                "remindFrom", "must lie between " + EARLIEST + " and the expiry date");
        Organisation organisation = organisations.find(caller.tenantId(), request.organisationId()).orElse(null);
        invalid.check(organisation != null, "organisationId", "is not a known organisation");
        invalid.throwIfAny();
        return organisation;
    }

    private static EquipmentCertification certification(Caller caller, String id, EquipmentCertificationRequest request,
                                                        Instant createdAt, Instant updatedAt) {
        return new EquipmentCertification(id, caller.tenantId(), request.organisationId(), request.item().strip(),
                request.inspectionType().strip(), request.expiryDate(), request.remindFrom(),
                request.remarks() == null || request.remarks().isBlank() ? null : request.remarks().strip(),
                createdAt, updatedAt);
    }

    private EquipmentCertificationView view(EquipmentCertification certification, Organisation organisation) {
        return EquipmentCertificationView.of(certification, organisation == null ? null : organisation.name(),
                LocalDate.now(clock.withZone(Zones.AMSTERDAM)));
    }

    private static ProblemException notFound(String equipmentCertificationId) {
        return ProblemException.notFound("Equipment certification " + equipmentCertificationId);
    }
}

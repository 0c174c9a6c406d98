package io.coursedesk.passes.exports;

import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.domain.PaymentCode;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.persistence.PaymentCodeFilter;
import io.coursedesk.shared.persistence.PaymentCodeRepository;
import io.coursedesk.shared.persistence.Slice;
import io.coursedesk.shared.tenancy.Caller;
import io.coursedesk.shared.time.Zones;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The payment codes (manual 004, "Betaalcodes") as the list shows them with the same filters, newest first, as one
 * sheet: read a page at a time through the list's own {@link PaymentCodeRepository}, so the sheet holds exactly what
 * the list would.
 */
@Singleton
public class ExportPaymentCodes {
    static final List<XlsxColumn> COLUMNS = List.of(
            new XlsxColumn("Betaalcode", ColumnKind.TEXT, 22),
            new XlsxColumn("Profiel", ColumnKind.TEXT, 18),
            new XlsxColumn("Organisatie", ColumnKind.TEXT, 25),
            new XlsxColumn("Contactpersoon", ColumnKind.TEXT, 22),
            new XlsxColumn("Referentie", ColumnKind.TEXT, 20),
            new XlsxColumn("Batch", ColumnKind.TEXT, 38),
            new XlsxColumn("Aangemaakt", ColumnKind.DATE_TIME, 17),
            new XlsxColumn("Status", ColumnKind.TEXT, 14),
            new XlsxColumn("Gebruikt", ColumnKind.DATE_TIME, 17),
            new XlsxColumn("Gebruikt door", ColumnKind.TEXT, 22),
            new XlsxColumn("Gedeactiveerd", ColumnKind.DATE_TIME, 17));
    /** Codes read per query; the sheet's memory stays bounded by the streaming workbook either way. */
    private static final int PAGE = 1000;

    private final PaymentCodeRepository codes;
    private final OrganisationRepository organisations;
    private final ExportDelivery delivery;

    public ExportPaymentCodes(PaymentCodeRepository codes, OrganisationRepository organisations,
                              ExportDelivery delivery) {
        this.codes = codes;
        this.organisations = organisations;
        this.delivery = delivery;
    }

    /** @param filter the list's filter for this caller (a contact's is of their own organisation) */
    public ExportFile export(Caller caller, PaymentCodeFilter filter) {
        Map<String, String> organisationNames = new HashMap<>();
        return delivery.export(caller.tenantId(), "Betaalcodes", "Betaalcodes", COLUMNS, sheet -> {
            PagePosition after = null;
            do {
                Slice<PaymentCode, PagePosition> page = codes.page(caller.tenantId(), filter, PAGE, after);
                addNames(caller.tenantId(), page.items(), organisationNames);
                page.items().forEach(code -> row(sheet, code, organisationNames));
                after = page.next();
            } while (after != null);
        });
    }

    /** The names of the page's organisations not known yet, one BatchGetItem (a removed one: its id). */
    private void addNames(String tenantId, List<PaymentCode> page, Map<String, String> names) {
        Set<String> unknown = page.stream().map(PaymentCode::organisationId).filter(id -> !names.containsKey(id))
                .collect(Collectors.toSet());
        Map<String, Organisation> found = organisations.findAll(tenantId, unknown);
        unknown.forEach(id -> names.put(id, found.containsKey(id) ? found.get(id).name() : id));
    }

    private static void row(XlsxSheet sheet, PaymentCode code, Map<String, String> organisationNames) {
        PaymentCode.Usage usage = code.usage();
        sheet.row(code.code(), code.profile(), organisationNames.get(code.organisationId()), code.contact(),
                code.reference(), code.batchId(), local(code.createdAt()), state(code),
                usage == null ? null : local(usage.usedAt()), usage == null ? null : usage.studentName(),
                local(code.deactivatedAt()));
    }

    private static String state(PaymentCode code) {
        return switch (code.state()) {
            case UNUSED -> "Ongebruikt";
            case USED -> "Gebruikt";
            case DEACTIVATED -> "Gedeactiveerd";
        };
    }

    private static LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, Zones.AMSTERDAM);
    }
}

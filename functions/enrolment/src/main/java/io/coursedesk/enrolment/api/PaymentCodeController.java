package io.coursedesk.enrolment.api;

import io.coursedesk.enrolment.paymentcode.CreatePaymentCodes;
import io.coursedesk.enrolment.paymentcode.DeactivatePaymentCode;
import io.coursedesk.enrolment.paymentcode.PaymentCodeBatch;
import io.coursedesk.enrolment.paymentcode.PaymentCodeBatchRequest;
import io.coursedesk.shared.http.page.CursorScope;
import io.coursedesk.shared.http.page.ListCursors;
import io.coursedesk.shared.http.page.Page;
import io.coursedesk.shared.http.page.PageRequest;
import io.coursedesk.shared.http.paymentcodes.PaymentCodeListRequest;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.persistence.PaymentCodeFilter;
import io.coursedesk.shared.persistence.PaymentCodeRepository;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Payment codes ("betaalcodes", manual 004): made in batches by the provider, used once to pay an enrolment. */
@Controller("/payment-codes")
@Tag(name = "Payment codes")
@Secured({"PROVIDER_ADMIN", "ORGANISATION_CONTACT"})
public class PaymentCodeController {
    private final CreatePaymentCodes createPaymentCodes;
    private final DeactivatePaymentCode deactivatePaymentCode;
    private final PaymentCodeRepository codes;
    private final ListCursors cursors;

    public PaymentCodeController(CreatePaymentCodes createPaymentCodes, DeactivatePaymentCode deactivatePaymentCode,
                                 PaymentCodeRepository codes, ListCursors cursors) {
        this.createPaymentCodes = createPaymentCodes;
        this.deactivatePaymentCode = deactivatePaymentCode;
        this.codes = codes;
        this.cursors = cursors;
    }

    @Post("/batches")
    @Secured("PROVIDER_ADMIN")
    @Operation(summary = "Make a batch of payment codes for an organisation",
            description = "count (1 to 1000) new codes like EXZA-8F5E-XG5W-U22J, unique within the provider, all "
                    + "with the batch's profile, organisation, contact and reference. An enrolment paid with one "
                    + "has the organisation as its payer.")
    @ApiResponse(responseCode = "201", description = "The batch id and its codes")
    @ApiResponse(responseCode = "400", description = "An invalid field (named), or an organisation the provider "
            + "does not have (organisationId)")
    public HttpResponse<PaymentCodeBatch> createBatch(@Parameter(hidden = true) Caller caller,
                                                      @Valid @Body PaymentCodeBatchRequest request) {
        return HttpResponse.created(createPaymentCodes.create(caller, request));
    }

    @Get
    @Operation(summary = "Payment codes, newest first (a contact: their organisation's only)",
            description = "Unused, used (by which student, for which enrolment, when) and deactivated codes. "
                    + "Filters: keyword (a part of the code, batch id, reference or contact), organisationId, "
                    + "profile, createdFrom and createdTo (Amsterdam days, both included), state. Paged: next is "
                    + "the cursor of the following page, for this caller and these filters only.")
    @ApiResponse(responseCode = "200", description = "A page of codes")
    @ApiResponse(responseCode = "400", description = "An invalid filter (named), or another caller's or list's cursor")
    @ApiResponse(responseCode = "404", description = "A contact named another organisation")
    public Page<PaymentCodeView> list(@Parameter(hidden = true) Caller caller,
                                      @Valid @RequestBean PaymentCodeListRequest filters,
                                      @Valid @RequestBean PageRequest page) {
        PaymentCodeFilter filter = filters.filter(caller);
        return cursors.page(CursorScope.of(caller, "payment-codes", filter), page, PagePosition.class,
                (limit, after) -> codes.page(caller.tenantId(), filter, limit, after).map(PaymentCodeView::of));
    }

    @Post("/{code}/deactivate")
    @Secured("PROVIDER_ADMIN")
    @Operation(summary = "Deactivate an unused payment code", description = "No enrolment can be paid with it any "
            + "more. Deactivating a deactivated code changes nothing.")
    @ApiResponse(responseCode = "200", description = "The code, deactivated")
    @ApiResponse(responseCode = "404", description = "No such code of the caller's provider")
    @ApiResponse(responseCode = "409", description = "The code has been used")
    public PaymentCodeView deactivate(@Parameter(hidden = true) Caller caller, String code) {
        return PaymentCodeView.of(deactivatePaymentCode.deactivate(caller, code));
    }
}

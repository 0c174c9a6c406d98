package io.coursedesk.passes.api;

import io.coursedesk.passes.bundles.BundleDownloads;
import io.coursedesk.passes.bundles.BundleRequest;
import io.coursedesk.passes.bundles.PassBundle;
import io.coursedesk.passes.bundles.PassBundles;
import io.coursedesk.passes.bundles.RequestPassBundle;
import io.coursedesk.shared.http.page.CursorScope;
import io.coursedesk.shared.http.page.ListCursors;
import io.coursedesk.shared.http.page.Page;
import io.coursedesk.shared.http.page.PageRequest;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;

import java.net.URI;

/**
 * Bundles of digital passes: a contact asks for one, the generator function builds it, the contact downloads it.
 * Everyone sees only their own requests: another contact, an admin or another tenant gets 404.
 */
@Controller("/pass-bundles")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class PassBundleController {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final RequestPassBundle requestBundle;
    private final PassBundles bundles;
    private final BundleDownloads downloads;
    private final ListCursors cursors;

    public PassBundleController(RequestPassBundle requestBundle, PassBundles bundles, BundleDownloads downloads,
                                ListCursors cursors) {
        this.requestBundle = requestBundle;
        this.bundles = bundles;
        this.downloads = downloads;
        this.cursors = cursors;
    }

    @Post
    @Secured("ORGANISATION_CONTACT")
    @Operation(summary = "Request a bundle of passes",
            description = "The passes of 1 to 250 holders of the contact's organisation as one ZIP, made in the "
                    + "background. The same Idempotency-Key again (within the 7 days) answers the same bundle.")
    @ApiResponse(responseCode = "202", description = "Accepted: PENDING, with Location; poll it until READY")
    @ApiResponse(responseCode = "400", description = "An invalid field, or a holder (named by its position in "
            + "holderIds) who is not one of the organisation's; nothing was written")
    @ApiResponse(responseCode = "403", description = "Not an organisation contact")
    @ApiResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request")
    public HttpResponse<PassBundleView> request(@Parameter(hidden = true) Caller caller,
                                                @Valid @Body BundleRequest request,
                                                @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey) {
        PassBundle bundle = requestBundle.request(caller, request, idempotencyKey);
        return HttpResponse.accepted(URI.create("/pass-bundles/" + bundle.bundleId())).body(view(bundle));
    }

    @Get
    @Operation(summary = "My bundles of the last 7 days, newest first",
            description = "READY ones carry a download link made for this answer, valid for a few minutes. Paged: "
                    + "next is the cursor of the following page, for this caller only.")
    public Page<PassBundleView> list(@Parameter(hidden = true) Caller caller, @Valid @RequestBean PageRequest page) {
        return cursors.page(CursorScope.of(caller, "pass-bundles"), page, PagePosition.class,
                (limit, after) -> bundles.page(caller, limit, after).map(this::view));
    }

    @Get("/{bundleId}")
    @Operation(summary = "One of my bundles", description = "With a fresh download link when READY.")
    @ApiResponse(responseCode = "200", description = "The bundle")
    @ApiResponse(responseCode = "404", description = "Unknown, expired, or requested by someone else")
    public PassBundleView get(@Parameter(hidden = true) Caller caller, String bundleId) {
        return bundles.find(caller, bundleId).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("Bundle " + bundleId));
    }

    private PassBundleView view(PassBundle bundle) {
        return PassBundleView.of(bundle, downloads.downloadUrl(bundle).orElse(null));
    }
}

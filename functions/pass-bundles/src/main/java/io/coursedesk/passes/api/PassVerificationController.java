package io.coursedesk.passes.api;

import io.coursedesk.passes.verification.PassCheck;
import io.coursedesk.passes.verification.VerificationPage;
import io.coursedesk.passes.verification.VerifyPass;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The page a pass's QR code opens: anyone may scan a pass, so no token; the signed code is all it takes, and a
 * code that is not genuine names nothing.
 */
@Controller("/verify")
@Tag(name = "Pass verification")
@Secured(SecurityRule.IS_ANONYMOUS)
public class PassVerificationController {
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    private final VerifyPass verifyPass;
    private final VerificationPage page;

    public PassVerificationController(VerifyPass verifyPass, VerificationPage page) {
        this.verifyPass = verifyPass;
        this.page = page;
    }

    @Get(value = "/{code}", produces = HTML)
    @SecurityRequirements
    @Operation(summary = "Whether a pass is genuine and still valid (public HTML page in Dutch)",
            description = "The page behind a pass's QR code: genuine and valid (holder, qualification, expiry date), "
                    + "genuine but expired, genuine but withdrawn (the qualification no longer exists), or not genuine.")
    @ApiResponse(responseCode = "200", description = "A genuine pass: valid, expired or withdrawn")
    @ApiResponse(responseCode = "404", description = "Not a code CourseDesk signed (made up or altered)")
    public HttpResponse<String> verify(String code) {
        PassCheck check = verifyPass.check(code);
        HttpStatus status = check instanceof PassCheck.NotGenuine ? HttpStatus.NOT_FOUND : HttpStatus.OK;
        return HttpResponse.<String>status(status).body(page.render(check)).contentType(HTML)
                // what a pass says can change any day (expiry, withdrawal): never served from a cache
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Robots-Tag", "noindex")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'");
    }
}

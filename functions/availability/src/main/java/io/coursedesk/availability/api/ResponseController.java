package io.coursedesk.availability.api;

import io.coursedesk.availability.invitations.Answer;
import io.coursedesk.availability.respond.LinkCheck;
import io.coursedesk.availability.respond.LinkState.Closed;
import io.coursedesk.availability.respond.LinkState.Open;
import io.coursedesk.availability.respond.LinkState;
import io.coursedesk.availability.respond.RecordAnswer;
import io.coursedesk.availability.respond.ResponsePages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.codec.CodecException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The pages behind the links in an invitation mail. Anyone holding a link may open them (the token is the
 * credential). GET only shows the page, so mail scanners that prefetch links record nothing; the answer is
 * recorded by the page's POST buttons. Every outcome, including failures, is an HTML page.
 */
@Controller("/respond")
@Secured(SecurityRule.IS_ANONYMOUS)
public class ResponseController {
    private static final Logger LOG = LoggerFactory.getLogger(ResponseController.class);
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    private final LinkCheck linkCheck;
    private final RecordAnswer recordAnswer;
    private final ResponsePages pages;

    public ResponseController(LinkCheck linkCheck, RecordAnswer recordAnswer, ResponsePages pages) {
        this.linkCheck = linkCheck;
        this.recordAnswer = recordAnswer;
        this.pages = pages;
    }

    /** Shows the invitation; {@code answer} (from the mail's two buttons) only preselects, it records nothing. */
    @Get(value = "/{token}", produces = HTML)
    public HttpResponse<String> page(String token, @Nullable @QueryValue String answer) {
        LinkState state = linkCheck.check(token);
        if (state instanceof Open open) {
            return html(HttpStatus.OK, pages.question(token, open, Answer.parse(answer).orElse(null), false));
        }
        return closed((Closed) state);
    }

    /** Only a form's {@code answer} field counts; anything else gets the page again with a 400. */
    @Post(value = "/{token}", consumes = MediaType.ALL, produces = HTML)
    public HttpResponse<String> answer(String token, HttpRequest<?> request, @Nullable @Body("answer") String answer) {
        boolean form = request.getContentType().map(type -> type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
                .orElse(false);
        Optional<Answer> parsed = form ? Answer.parse(answer) : Optional.empty();
        if (parsed.isEmpty()) {
            return answerMissing(token);
        }
        LinkState state = recordAnswer.record(token, parsed.get());
        if (state instanceof Open open) {
            return html(HttpStatus.OK, pages.thanks(token, open));
        }
        return closed((Closed) state);
    }

    /** Whatever goes wrong here, the instructor sees a page, not a stack trace or JSON. */
    @Error
    public HttpResponse<String> failure(HttpRequest<?> request, Throwable error) {
        if (request.getMethod() == HttpMethod.POST && error instanceof CodecException) {
            // an empty or undecodable body is no answer
            return answerMissing(request.getPath().substring(request.getPath().lastIndexOf('/') + 1));
        }
        LOG.error("answer page {} failed", request.getMethod(), error);
        return html(HttpStatus.INTERNAL_SERVER_ERROR, pages.failure());
    }

    private HttpResponse<String> answerMissing(String token) {
        LinkState state = linkCheck.check(token);
        if (state instanceof Open open) {
            return html(HttpStatus.BAD_REQUEST, pages.question(token, open, null, true));
        }
        return closed((Closed) state);
    }

    private HttpResponse<String> closed(Closed closed) {
        HttpStatus status = closed.reason() == LinkState.Reason.NOT_VALID ? HttpStatus.NOT_FOUND : HttpStatus.GONE;
        return html(status, pages.closed(closed));
    }

    /** The token is a credential: keep it out of caches and out of Referer headers to other sites. */
    private static HttpResponse<String> html(HttpStatus status, String page) {
        return HttpResponse.<String>status(status).body(page).contentType(HTML)
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "same-origin")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Robots-Tag", "noindex")
                .header("Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    }
}

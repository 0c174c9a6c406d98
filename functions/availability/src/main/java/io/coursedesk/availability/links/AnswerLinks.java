package io.coursedesk.availability.links;

import io.coursedesk.availability.invitations.Answer;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The public URLs an invitation mail carries. The two answer links open the same page as the fallback link
 * with that answer preselected: only the page's POST button records it, so mail scanners that follow links
 * change nothing.
 */
@Singleton
public class AnswerLinks {
    public static final String RESPOND_PATH = "/respond/";

    private final LinkTokens tokens;
    private final String baseUrl;

    public AnswerLinks(LinkTokens tokens, @Value("${coursedesk.public-base-url}") String baseUrl) {
        this.tokens = tokens;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String respondUrl(InvitationLink link) {
        return baseUrl + RESPOND_PATH + tokens.sign(link);
    }

    public String answerUrl(InvitationLink link, Answer answer) {
        return respondUrl(link) + "?answer=" + answer.name();
    }
}

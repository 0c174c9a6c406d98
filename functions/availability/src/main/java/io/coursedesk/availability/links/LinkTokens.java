package io.coursedesk.availability.links;

import io.coursedesk.shared.signing.SigningKey;

import java.util.Optional;

/**
 * Signs and checks the tokens in instructors' answer links ({@link SigningKey} tokens for their own purpose).
 * The payload names tenant, course, instructor and round, so a link can neither be pointed at another
 * invitation nor outlive a re-invitation; nothing in a token is believed before its signature is checked.
 * {@link AnswerLinkKeyFactory} makes the one instance, with the key from Secrets Manager or the configuration.
 */
public class LinkTokens {
    static final String VERSION = "v1";
    private static final String PURPOSE = "answer-link";

    private final SigningKey key;

    public LinkTokens(String secret) {
        this.key = new SigningKey(secret);
    }

    public String sign(InvitationLink link) {
        return key.sign(PURPOSE, String.join("\n", VERSION, link.tenantId(), link.courseId(), link.instructorId(),
                Integer.toString(link.round())));
    }

    /** The link the token stands for, or empty when it is malformed or its signature does not match. */
    public Optional<InvitationLink> verify(String token) {
        return key.verify(PURPOSE, token).flatMap(LinkTokens::parse);
    }

    private static Optional<InvitationLink> parse(String payload) {
        String[] parts = payload.split("\n", -1);
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            return Optional.of(new InvitationLink(parts[1], parts[2], parts[3], Integer.parseInt(parts[4])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

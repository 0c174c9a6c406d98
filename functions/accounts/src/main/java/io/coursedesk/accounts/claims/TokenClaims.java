package io.coursedesk.accounts.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursedesk.accounts.api.CognitoTrigger;
import io.coursedesk.accounts.signup.StudentAccounts;
import io.coursedesk.shared.persistence.MembershipRepository;
import io.coursedesk.shared.tenancy.ClaimNames;
import io.coursedesk.shared.tenancy.Membership;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Pre token generation: the ID token's tenant, role, organisation and student claims are those of the person's
 * membership in the table, whatever their user attributes say (cognito-local lets a user write their own
 * {@code custom:*} attributes; AWS does not, but nothing here relies on that). The provider the token speaks for is
 * the one the user's {@code custom:providerId} names, if they are a member there; else their only membership. A person
 * with a verified email who names a provider where they are nobody yet signs up there as a student (a student of
 * one provider who signs up with another: one Cognito user, a second membership). A user with no membership to act
 * on gets a token without tenant claims, which every protected route refuses. An email that is not verified stays
 * out of the token (the pool keeps a changed email unverified until its code is confirmed; cognito-local does not
 * always), so no caller ever presents an address they have not shown to be theirs.
 */
@Singleton
public class TokenClaims implements CognitoTrigger {

    /** The one custom attribute a user writes: the provider they act for. */
    public static final String PROVIDER_ATTRIBUTE = "custom:providerId";
    private static final List<String> TENANCY_CLAIMS = List.of(ClaimNames.TENANT_ID, ClaimNames.ROLE,
            ClaimNames.ORGANISATION_ID, ClaimNames.STUDENT_ID);

    private final MembershipRepository memberships;
    private final StudentAccounts students;

    TokenClaims(MembershipRepository memberships, StudentAccounts students) {
        this.memberships = memberships;
        this.students = students;
    }

    @Override
    public String triggerSourcePrefix() {
        return "TokenGeneration_";
    }

    @Override
    public void answer(ObjectNode event) {
        JsonNode attributes = event.path("request").path("userAttributes");
        String userId = attributes.path("sub").asText();
        String providerId = attributes.path(PROVIDER_ATTRIBUTE).asText(null);
        boolean emailVerified = isEmailVerified(attributes);
        List<Membership> all = memberships.of(userId);
        Optional<Membership> membership = all.stream().filter(m -> m.tenantId().equals(providerId)).findFirst();
        if (membership.isEmpty() && providerId != null && emailVerified) {
            membership = students.join(userId, attributes.path("email").asText(), attributes.path("name").asText(null),
                    providerId);
        }
        if (membership.isEmpty() && all.size() == 1) {
            membership = Optional.of(all.get(0));
        }
        ObjectNode details = event.withObject("/response").putObject("claimsOverrideDetails");
        ObjectNode claims = details.putObject("claimsToAddOrOverride");
        membership.ifPresent(m -> {
            claims.put(ClaimNames.TENANT_ID, m.tenantId()).put(ClaimNames.ROLE, m.role().name());
            if (m.organisationId() != null) {
                claims.put(ClaimNames.ORGANISATION_ID, m.organisationId());
            }
            if (m.studentId() != null) {
                claims.put(ClaimNames.STUDENT_ID, m.studentId());
            }
        });
        // whatever the user wrote into an attribute the membership does not set stays out of the token
        ArrayNode suppress = details.putArray("claimsToSuppress");
        TENANCY_CLAIMS.stream().filter(claim -> !claims.has(claim)).forEach(suppress::add);
        if (!emailVerified) {
            suppress.add(ClaimNames.EMAIL);
        }
    }

    /** Whether the user's email is one they confirmed: the only email a rule may link a person by. */
    public static boolean isEmailVerified(JsonNode userAttributes) {
        return "true".equals(userAttributes.path("email_verified").asText());
    }
}

package io.coursedesk.operations.onboarding;

import io.coursedesk.harness.LocalAws;
import io.coursedesk.harness.cognito.CognitoEmulator;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.SubscriptionTerms;
import io.coursedesk.shared.time.Zones;
import io.coursedesk.shared.persistence.MembershipRepository;
import io.coursedesk.shared.persistence.ProviderRepository;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import io.coursedesk.shared.tenancy.Membership;
import io.coursedesk.shared.tenancy.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The command against the local table and the template's user pool on the Cognito emulator. */
class OnboardCommandTest {

    private static LocalAws aws;
    private static CognitoEmulator cognito;
    private static ProviderRepository providers;
    private static MembershipRepository memberships;

    private final String providerId = "provider-" + Ids.newId();
    private final String adminEmail = "planner-" + Ids.newId() + "@example.nl";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void start() {
        // LocalAws sets the credentials and region an operator's shell provides
        aws = LocalAws.get().withCognito();
        cognito = aws.cognito();
        Table table = new Table(aws.tableName());
        TableReads reads = new TableReads(aws.dynamoDbClient(), table);
        providers = new ProviderRepository(aws.dynamoDbClient(), table, reads);
        memberships = new MembershipRepository(aws.dynamoDbClient(), table, reads);
    }

    private int onboard(String... extra) {
        String[] args = {"--provider-id", providerId, "--name", "Brandweer Academie", "--notification-email",
                "planning@brandweer.example", "--admin-email", adminEmail, "--admin-name", "Pieter Planner",
                "--table", aws.tableName(), "--user-pool-id", cognito.userPoolId(),
                "--dynamodb-endpoint", aws.dynamoDbEndpoint().toString(), "--cognito-endpoint", cognito.endpoint().toString()};
        String[] all = new String[args.length + extra.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return OnboardCommand.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void createsTheProviderAndInvitesItsFirstAdmin() {
        assertThat(onboard()).as(err.toString(StandardCharsets.UTF_8)).isZero();

        assertThat(providers.find(providerId)).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Brandweer Academie"));
        AdminGetUserResponse admin = cognito.client().adminGetUser(b -> b.userPoolId(cognito.userPoolId()).username(adminEmail));
        // the admin has a temporary password and sets their own at the first sign-in
        assertThat(admin.userStatusAsString()).isEqualTo("FORCE_CHANGE_PASSWORD");
        String sub = admin.userAttributes().stream().filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();
        assertThat(memberships.find(sub, providerId)).contains(new Membership(sub, providerId, Role.PROVIDER_ADMIN, null, null));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(providerId, adminEmail);
        assertThat(providers.subscriptionTerms(providerId).since()).isEqualTo(LocalDate.now(Zones.AMSTERDAM));
        assertThat(providers.subscriptionTerms(providerId).memberInstitute()).isFalse();
    }

    @Test
    void setsTheSubscriptionTermsOnlyTheOperatorSets() {
        assertThat(onboard("--since", "2024-02-01", "--member-institute")).as(err.toString(StandardCharsets.UTF_8))
                .isZero();

        assertThat(providers.subscriptionTerms(providerId))
                .isEqualTo(new SubscriptionTerms(LocalDate.of(2024, 2, 1), true));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("since 2024-02-01, member institute");
    }

    @Test
    void refusesADateThatIsNone() {
        assertThat(onboard("--since", "1 februari")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 februari", "usage: ./onboard");
        assertThat(providers.find(providerId)).isEmpty();
    }

    @Test
    void refusesAProviderThatExistsAndAnIncompleteCommand() {
        assertThat(onboard()).isZero();

        assertThat(onboard()).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("exists already");
        assertThat(OnboardCommand.run(new String[]{"--provider-id", "x"}, new PrintStream(out), new PrintStream(err)))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing --name", "usage: ./onboard");
    }
}

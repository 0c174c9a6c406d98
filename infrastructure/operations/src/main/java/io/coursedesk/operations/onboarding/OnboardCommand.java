package io.coursedesk.operations.onboarding;

import io.coursedesk.operations.CommandLine;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.domain.SubscriptionTerms;
import io.coursedesk.shared.time.Zones;
import io.coursedesk.shared.persistence.MembershipRepository;
import io.coursedesk.shared.persistence.ProviderRepository;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * {@code ./onboard --provider-id ID --name NAME --notification-email EMAIL --admin-email EMAIL --admin-name NAME
 * --table NAME --user-pool-id ID [--since DATE] [--member-institute] [--region R]}: an operator creates a provider on
 * its subscription terms and invites its first admin, with the credentials and region of the caller's environment. Exit status 0 when done, 1 on a usage error or refusal.
 */
public final class OnboardCommand {

    private static final List<String> REQUIRED = List.of("--provider-id", "--name", "--notification-email",
            "--admin-email", "--admin-name", "--table", "--user-pool-id");
    private static final List<String> OPTIONS = List.of("--provider-id", "--name", "--notification-email",
            "--admin-email", "--admin-name", "--table", "--user-pool-id", "--since", "--region", "--dynamodb-endpoint",
            "--cognito-endpoint");
    private static final String MEMBER_INSTITUTE = "--member-institute";
    private static final String USAGE = """
            usage: ./onboard --provider-id ID --name NAME --notification-email EMAIL --admin-email EMAIL --admin-name NAME
                             --table NAME --user-pool-id ID [--since YYYY-MM-DD] [--member-institute]
                             [--region REGION] [--dynamodb-endpoint URL --cognito-endpoint URL]
              --provider-id         the new provider's tenant id (letters, digits, - and _), the one students sign up with
              --name                the provider's name
              --notification-email  where the suite tells the provider's planners things
              --admin-email, --admin-name   the first admin: Cognito mails them a temporary password
              --table, --user-pool-id       the stack's resources Table and UserPool (outputs UserPoolId)
              --since               the subscription's start, which decides the first year's pricing (default: today)
              --member-institute    a CIBOT-registered institute: EUR 2 off per module, no one-time fee
              --region              default: the AWS_REGION of the environment
              --dynamodb-endpoint, --cognito-endpoint   other endpoints than AWS's, e.g. the local run's
            """;

    private OnboardCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The command without exiting: its exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        SubscriptionTerms terms;
        try {
            options = CommandLine.parse(args, List.of(MEMBER_INSTITUTE), OPTIONS, REQUIRED);
            terms = new SubscriptionTerms(options.containsKey("--since") ? LocalDate.parse(options.get("--since"))
                    : LocalDate.now(Zones.AMSTERDAM), options.containsKey(MEMBER_INSTITUTE));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 1;
        }
        String region = options.get("--region");
        try (DynamoDbClient dynamoDb = CommandLine.configure(DynamoDbClient.builder(), region,
                options.get("--dynamodb-endpoint")).build();
             CognitoIdentityProviderClient cognito = CommandLine.configure(CognitoIdentityProviderClient.builder(),
                     region, options.get("--cognito-endpoint")).build()) {
            Table table = new Table(options.get("--table"));
            TableReads reads = new TableReads(dynamoDb, table);
            Onboarding onboarding = new Onboarding(cognito, options.get("--user-pool-id"),
                    new ProviderRepository(dynamoDb, table, reads), new MembershipRepository(dynamoDb, table, reads));
            String adminId = onboarding.onboard(new Provider(options.get("--provider-id"), options.get("--name"),
                    options.get("--notification-email")), terms, options.get("--admin-email"),
                    options.get("--admin-name"));
            out.println("Provider " + options.get("--provider-id") + " created (subscription since " + terms.since()
                    + (terms.memberInstitute() ? ", member institute" : "") + "); " + options.get("--admin-email")
                    + " (user " + adminId + ") is its admin and gets a temporary password by mail");
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}

package io.coursedesk.passes.verification;

import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.passes.PassBundlesFunction;
import io.coursedesk.passes.CourseWorld;
import io.coursedesk.passes.holders.HolderWithQualifications;
import io.coursedesk.passes.holders.Qualification;
import io.coursedesk.passes.holders.QualificationHolder;
import io.coursedesk.passes.holders.QualificationHolderRepository;
import io.coursedesk.passes.holders.StoredHolders;
import io.coursedesk.shared.signing.SigningKey;
import io.coursedesk.harness.LocalTokens;
import io.coursedesk.shared.persistence.TransactionWriter;
import io.coursedesk.shared.time.Zones;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The public page behind a pass's QR code, through the function's real Lambda handler, without a token. */
class PassVerificationPageTest {
    private static final LocalDate TODAY = LocalDate.now(Zones.AMSTERDAM);

    private final FunctionUnderTest function = PassBundlesFunction.api();
    private final CourseWorld provider = new CourseWorld(function.aws());
    private final StoredHolders stored = new StoredHolders(function);
    private final PassVerificationCodes codes = function.bean(PassVerificationCodes.class);

    @Test
    void aValidPassShowsItsHolderQualificationAndExpiryDate() {
        Qualification deh = StoredHolders.deh("EX1", TODAY.plusYears(1));
        QualificationHolder holder = stored.store(provider.tenantId, "99600953", "Zoë van 't Hek", null, List.of(), deh);

        ApiGatewayResponse response = open(codes.code(identity(holder, deh)));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.headers()).containsEntry("Cache-Control", "no-store");
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Deze pas is echt en geldig");
        assertThat(page.selectFirst("h1").hasClass("valid")).isTrue();
        assertThat(facts(page)).containsExactly(Map.entry("Naam", "Zoë van 't Hek"),
                Map.entry("Kwalificatie", "Diploma Eerste Hulp (DEH)"),
                Map.entry("Vervaldatum", Zones.DUTCH_DATE.format(TODAY.plusYears(1))));
    }

    @Test
    void aPassWhoseQualificationExpiredYesterdayIsGenuineButExpired() {
        Qualification ehk = StoredHolders.ehk("EX2", TODAY.minusDays(1));
        QualificationHolder holder = stored.store(provider.tenantId, "99600954", "Şükrü Öztürk", null, List.of(), ehk);

        ApiGatewayResponse response = open(codes.code(identity(holder, ehk)));

        assertThat(response.status()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Deze pas is echt, maar verlopen");
        assertThat(page.selectFirst("main > p").text())
                .contains("verlopen op " + Zones.DUTCH_DATE.format(TODAY.minusDays(1)));
        assertThat(facts(page)).containsEntry("Naam", "Şükrü Öztürk");
    }

    @Test
    void aPassWhoseQualificationWasRemovedIsWithdrawn() {
        Qualification deh = StoredHolders.deh("EX3", TODAY.plusYears(1));
        Qualification ehk = StoredHolders.ehk("EX3", TODAY.plusYears(1));
        QualificationHolder holder = stored.store(provider.tenantId, "99600955", "Łukasz Żółć", null, List.of(), deh, ehk);
        removeQualification(holder, deh);

        Document page = Jsoup.parse(open(codes.code(identity(holder, deh))).body());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Deze pas is ingetrokken");
        assertThat(page.select("dl")).isEmpty();
        assertThat(Jsoup.parse(open(codes.code(identity(holder, ehk))).body()).selectFirst("h1").text())
                .isEqualTo("Deze pas is echt en geldig");
    }

    @Test
    void anAlteredCodeIsNotGenuineAndNamesNobody() {
        Qualification deh = StoredHolders.deh("EX4", TODAY.plusYears(1));
        QualificationHolder holder = stored.store(provider.tenantId, "99600956", "Jan Jansen", null, List.of(), deh);
        String code = codes.code(identity(holder, deh));
        String altered = code.substring(0, 10) + (code.charAt(10) == 'A' ? 'B' : 'A') + code.substring(11);

        ApiGatewayResponse response = open(altered);

        assertThat(response.status()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Deze pas is niet echt");
        assertThat(page.text()).doesNotContain("Jan Jansen");
    }

    @Test
    void noCodeReachesAnotherProvidersHolder() {
        Qualification deh = StoredHolders.deh("EX5", TODAY.plusYears(1));
        QualificationHolder holder = stored.store(provider.tenantId, "99600957", "Anna de Boer", null, List.of(), deh);
        CourseWorld other = new CourseWorld(function.aws());

        // signed with another key (say another deployment's): not genuine
        String foreign = new PassVerificationCodes(new SigningKey(LocalTokens.randomSecret()), "http://x")
                .code(identity(holder, deh));
        assertThat(open(foreign).status()).isEqualTo(404);
        // a genuine code of the other provider's that names this holder's ids finds nobody there
        Document page = Jsoup.parse(open(codes.code(new PassIdentity(other.tenantId, holder.holderId(),
                deh.qualificationId()))).body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Deze pas is ingetrokken");
        assertThat(page.text()).doesNotContain("Anna de Boer");
    }

    private ApiGatewayResponse open(String code) {
        return function.call(ApiGatewayEvents.get("/verify/" + code));
    }

    private static PassIdentity identity(QualificationHolder holder, Qualification qualification) {
        return new PassIdentity(holder.tenantId(), holder.holderId(), qualification.qualificationId());
    }

    private static Map<String, String> facts(Document page) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (Element term : page.select("dl > dt")) {
            facts.put(term.text(), term.nextElementSibling().text());
        }
        return facts;
    }

    private void removeQualification(QualificationHolder holder, Qualification removed) {
        QualificationHolderRepository repository = function.bean(QualificationHolderRepository.class);
        HolderWithQualifications previous = repository.find(holder.tenantId(), holder.holderId()).orElseThrow();
        List<Qualification> kept = previous.qualifications().stream()
                .filter(q -> !q.qualificationId().equals(removed.qualificationId())).toList();
        assertThat(function.bean(TransactionWriter.class)
                .write(repository.save(holder, kept, Optional.of(previous))).committed()).isTrue();
    }
}

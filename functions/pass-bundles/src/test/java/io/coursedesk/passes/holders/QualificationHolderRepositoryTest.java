package io.coursedesk.passes.holders;

import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.passes.PassBundlesFunction;
import io.coursedesk.passes.CourseWorld;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.persistence.TransactionWriter;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class QualificationHolderRepositoryTest {
    private final FunctionUnderTest function = PassBundlesFunction.api();
    private final QualificationHolderRepository holders = function.bean(QualificationHolderRepository.class);
    private final TransactionWriter transactions = function.bean(TransactionWriter.class);

    @Test
    void findsHoldersByIdAloneOrInBatchesAndListsThemPerOrganisation() {
        CourseWorld provider = new CourseWorld(function.aws());
        String hoogland = provider.organisation("Bouwbedrijf Hoogland");
        String other = provider.organisation("Elders");
        QualificationHolder tester = holder(provider, "99600953", "Dhr. TEST de Tester", new Membership(hoogland, "P-17"));
        QualificationHolder zoe = holder(provider, "99600954", "Zoë van 't Hek", new Membership(other, null));
        Qualification deh = new Qualification("q-deh", "Diploma Eerste Hulp", "DEH", QualificationType.DIPLOMA,
                "Eerste Hulp", "EX-1", LocalDate.of(2025, 3, 1), LocalDate.of(2027, 3, 1));
        assertThat(transactions.write(holders.save(tester, List.of(deh), Optional.empty())).committed()).isTrue();
        assertThat(transactions.write(holders.save(zoe, List.of(), Optional.empty())).committed()).isTrue();

        HolderWithQualifications found = holders.find(provider.tenantId, tester.holderId()).orElseThrow();
        assertThat(found.holder()).isEqualTo(tester);
        assertThat(found.qualifications()).containsExactly(deh);
        assertThat(found.holder().organisationIds()).containsExactly(hoogland);
        assertThat(found.holder().personnelNumber(hoogland)).isEqualTo("P-17");
        assertThat(found.version()).isEqualTo(1);

        assertThat(holders.findAll(provider.tenantId, List.of(tester.holderId(), zoe.holderId(), Ids.newId(), "bad#id")))
                .extracting(HolderWithQualifications::holderId)
                .containsExactlyInAnyOrder(tester.holderId(), zoe.holderId());
        assertThat(holders.find(new CourseWorld(function.aws()).tenantId, tester.holderId())).isEmpty();
        assertThat(holders.listByOrganisation(provider.tenantId, hoogland))
                .extracting(HolderWithQualifications::holderId).containsExactly(tester.holderId());
        assertThat(holders.list(provider.tenantId)).extracting(HolderWithQualifications::holderId)
                .containsExactly(tester.holderId(), zoe.holderId());
        assertThat(holders.holderIdsByNumber(provider.tenantId, List.of("99600953", "1")))
                .containsExactly(Map.entry("99600953", tester.holderId()));
    }

    @Test
    void aSaveBasedOnAnOldVersionOrATakenNumberIsRefusedAndLeavingAnOrganisationRemovesItsCopy() {
        CourseWorld provider = new CourseWorld(function.aws());
        String hoogland = provider.organisation("Bouwbedrijf Hoogland");
        QualificationHolder tester = holder(provider, "99600953", "Dhr. TEST de Tester", new Membership(hoogland, null));
        transactions.write(holders.save(tester, List.of(), Optional.empty()));
        HolderWithQualifications stored = holders.find(provider.tenantId, tester.holderId()).orElseThrow();

        QualificationHolder left = new QualificationHolder(tester.holderId(), provider.tenantId, "99600953",
                tester.name(), tester.birthDate(), null, List.of());
        assertThat(transactions.write(holders.save(left, List.of(), Optional.of(stored))).committed()).isTrue();
        assertThat(transactions.write(holders.save(left, List.of(), Optional.of(stored))).committed()).isFalse();
        assertThat(holders.listByOrganisation(provider.tenantId, hoogland)).isEmpty();

        QualificationHolder sameNumber = holder(provider, "99600953", "Iemand Anders");
        assertThat(transactions.write(holders.save(sameNumber, List.of(), Optional.empty())).committed()).isFalse();
        assertThat(holders.find(provider.tenantId, sameNumber.holderId())).isEmpty();
    }

    private static QualificationHolder holder(CourseWorld provider, String number, String name, Membership... memberships) {
        return new QualificationHolder(Ids.newId(), provider.tenantId, number, name, LocalDate.of(1980, 5, 17), null,
                List.of(memberships));
    }
}

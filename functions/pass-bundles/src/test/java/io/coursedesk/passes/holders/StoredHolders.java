package io.coursedesk.passes.holders;

import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.passes.PassBundlesFunction;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.persistence.TransactionWriter;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Puts holders straight into the table, for tests about reading them. */
public final class StoredHolders {
    private final QualificationHolderRepository holders;
    private final TransactionWriter transactions;

    public StoredHolders(FunctionUnderTest function) {
        this.holders = function.bean(QualificationHolderRepository.class);
        this.transactions = function.bean(TransactionWriter.class);
    }

    public QualificationHolder store(String tenantId, String number, String name, LocalDate birthDate,
                              List<Membership> memberships, Qualification... qualifications) {
        QualificationHolder holder = new QualificationHolder(Ids.newId(), tenantId, number, name, birthDate, null,
                memberships);
        assertThat(transactions.write(holders.save(holder, List.of(qualifications), Optional.empty())).committed())
                .isTrue();
        return holder;
    }

    public static Qualification deh(String examNumber, LocalDate expiryDate) {
        return new Qualification(Ids.newId(), "Diploma Eerste Hulp", "DEH", QualificationType.DIPLOMA, "Eerste Hulp",
                examNumber, expiryDate.minusYears(2), expiryDate);
    }

    public static Qualification ehk(String examNumber, LocalDate expiryDate) {
        return new Qualification(Ids.newId(), "Eerste Hulp aan Kinderen", "EHK", QualificationType.CERTIFICATE,
                "Kinder-EHBO", examNumber, expiryDate.minusYears(2), expiryDate);
    }
}

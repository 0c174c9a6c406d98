package io.coursedesk.passes.verification;

import io.coursedesk.passes.holders.Qualification;
import io.coursedesk.passes.holders.QualificationHolderRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;

/** Checks a scanned code: its signature first, then whether the holder still holds the qualification. */
@Singleton
public class VerifyPass {
    private final PassVerificationCodes codes;
    private final QualificationHolderRepository holders;
    private final Clock clock;

    public VerifyPass(PassVerificationCodes codes, QualificationHolderRepository holders, Clock clock) {
        this.codes = codes;
        this.holders = holders;
        this.clock = clock;
    }

    public PassCheck check(String code) {
        Optional<PassIdentity> pass = codes.verify(code);
        if (pass.isEmpty()) {
            return new PassCheck.NotGenuine();
        }
        PassIdentity identity = pass.get();
        return holders.find(identity.tenantId(), identity.holderId())
                .map(holder -> PassCheck.of(holder, identity.qualificationId(), Qualification.today(clock)))
                .orElseGet(PassCheck.Withdrawn::new);
    }
}

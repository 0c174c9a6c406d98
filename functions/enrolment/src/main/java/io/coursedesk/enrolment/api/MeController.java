package io.coursedesk.enrolment.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.coursedesk.enrolment.enrolment.StudentEnrolment;
import io.coursedesk.enrolment.enrolment.StudentEnrolments;
import io.coursedesk.shared.domain.Certificate;
import io.coursedesk.shared.persistence.CertificateRepository;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

@Controller("/me")
@Tag(name = "Me")
@Secured("STUDENT")
public class MeController {
    private final StudentEnrolments enrolments;
    private final CertificateRepository certificates;

    public MeController(StudentEnrolments enrolments, CertificateRepository certificates) {
        this.enrolments = enrolments;
        this.certificates = certificates;
    }

    @Get("/enrolments")
    @Operation(summary = "The signed-in student's enrolments")
    public List<StudentEnrolment> enrolments(@Parameter(hidden = true) Caller caller) {
        return enrolments.of(caller);
    }

    @Get("/certificates")
    @Operation(summary = "The signed-in student's certificates")
    public List<Certificate> certificates(@Parameter(hidden = true) Caller caller) {
        return caller.studentId() == null ? List.of() : certificates.listByStudent(caller.tenantId(), caller.studentId());
    }
}

package io.coursedesk.enrolment.subscription;

import io.coursedesk.shared.domain.Module;
import io.coursedesk.shared.domain.ModuleSettings;
import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;

import java.util.EnumSet;
import java.util.Set;

/** {@code GET/PUT /settings/modules}: each module on or off, all five required in a PUT. */
@Introspected
public record ModuleSwitches(@NotNull Boolean externalCourses, @NotNull Boolean invitations,
                             @NotNull Boolean instructorInvitations, @NotNull Boolean customers,
                             @NotNull Boolean certificationData) {

    public static ModuleSwitches of(ModuleSettings settings) {
        return new ModuleSwitches(settings.isOn(Module.EXTERNAL_COURSES), settings.isOn(Module.INVITATIONS),
                settings.isOn(Module.INSTRUCTOR_INVITATIONS), settings.isOn(Module.CUSTOMERS),
                settings.isOn(Module.CERTIFICATION_DATA));
    }

    public ModuleSettings toSettings() {
        Set<Module> on = EnumSet.noneOf(Module.class);
        addIf(on, externalCourses, Module.EXTERNAL_COURSES);
        addIf(on, invitations, Module.INVITATIONS);
        addIf(on, instructorInvitations, Module.INSTRUCTOR_INVITATIONS);
        addIf(on, customers, Module.CUSTOMERS);
        addIf(on, certificationData, Module.CERTIFICATION_DATA);
        return new ModuleSettings(on);
    }

    private static void addIf(Set<Module> on, boolean switchedOn, Module module) {
        if (switchedOn) {
            on.add(module);
        }
    }
}

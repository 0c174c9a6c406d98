package io.coursedesk.shared.domain;

import java.util.EnumSet;
import java.util.Set;

/** Which modules a provider has switched on; a provider that never saved any has all of them on. */
public record ModuleSettings(Set<Module> on) {
    public static final ModuleSettings ALL_ON = new ModuleSettings(EnumSet.allOf(Module.class));

    public ModuleSettings {
        on = on.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(on));
    }

    public boolean isOn(Module module) {
        return on.contains(module);
    }
}

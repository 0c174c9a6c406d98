package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Programme;
import io.coursedesk.shared.domain.ProgrammeStep;
import io.coursedesk.shared.domain.StepKind;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Programme items: {@code PK=T#<t>#PROGRAMME#<p>, SK=PROGRAMME}; GSI1 {@code T#<t>#PROGRAMMES} by name. */
public final class ProgrammeItems {
    public static final String SK = "PROGRAMME";

    private ProgrammeItems() {
    }

    public static String pk(String tenantId, String programmeId) {
        return Keys.entity(tenantId, "PROGRAMME", programmeId);
    }

    public static Map<String, AttributeValue> key(String tenantId, String programmeId) {
        return TableReads.key(pk(tenantId, programmeId), SK);
    }

    public static String listing(String tenantId) {
        return Keys.collection(tenantId, "PROGRAMMES");
    }

    public static Map<String, AttributeValue> toItem(Programme programme) {
        return Item.of(new HashMap<>(key(programme.tenantId(), programme.id())))
                .with(Table.GSI1_PK, listing(programme.tenantId()))
                .with(Table.GSI1_SK, programme.name().toLowerCase(Locale.ROOT) + "#" + programme.id())
                .with("programmeId", programme.id())
                .with("tenantId", programme.tenantId())
                .with("name", programme.name())
                .with("steps", Item.listOf(programme.steps().stream().map(step -> Item.create()
                        .with("kind", step.kind().name()).with("courseType", step.courseType())).toList()))
                .with("createdAt", programme.createdAt())
                .attributes();
    }

    public static Programme fromItem(Item item) {
        return new Programme(item.string("programmeId"), item.string("tenantId"), item.string("name"),
                item.list("steps").stream().map(step -> new ProgrammeStep(step.enumValue("kind", StepKind.class),
                        step.string("courseType"))).toList(), item.instant("createdAt"));
    }
}

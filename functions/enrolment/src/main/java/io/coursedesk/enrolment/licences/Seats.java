package io.coursedesk.enrolment.licences;

import io.coursedesk.shared.persistence.Item;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/**
 * An organisation's licence seats, kept on its item: {@code licences} the provider granted and {@code seatsUsed}
 * taken by open invitations and by the students who accepted one. Only transactions that add or free a seat change
 * {@code seatsUsed}; the admin's edit of the organisation sets {@code licences} and leaves it alone.
 */
public record Seats(int licences, int used) {
    public static final String LICENCES = "licences";
    public static final String USED = "seatsUsed";

    public static Seats of(Item organisation) {
        Integer licences = organisation.integer(LICENCES);
        Integer used = organisation.integer(USED);
        return new Seats(licences == null ? 0 : licences, used == null ? 0 : used);
    }

    /** A new organisation's seats: as granted (none when not said), none used. */
    public static Seats granted(Integer licences) {
        return new Seats(licences == null ? 0 : licences, 0);
    }

    /** The attribute an admin's organisation request sets: the licences it names, nothing when it names none. */
    public static Map<String, AttributeValue> attributes(Integer licences) {
        return licences == null ? Map.of() : Map.of(LICENCES, Item.n(licences));
    }
}

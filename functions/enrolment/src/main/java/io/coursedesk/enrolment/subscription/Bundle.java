package io.coursedesk.enrolment.subscription;

/** The manual's bundles: the price per module per month by the number of courses per year. */
public enum Bundle {
    BRONZE("Bronze", 0, "0-24", 400),
    SILVER("Silver", 25, "25-99", 800),
    GOLD("Gold", 100, "100-499", 1200),
    DIAMOND("Diamond", 500, "500+", 1600);

    private final String label;
    private final long fromCourses;
    private final String range;
    private final long centsPerModule;

    Bundle(String label, long fromCourses, String range, long centsPerModule) {
        this.label = label;
        this.fromCourses = fromCourses;
        this.range = range;
        this.centsPerModule = centsPerModule;
    }

    public static Bundle forCoursesPerYear(long courses) {
        Bundle bundle = BRONZE;
        for (Bundle candidate : values()) {
            if (courses >= candidate.fromCourses) {
                bundle = candidate;
            }
        }
        return bundle;
    }

    public String label() {
        return label;
    }

    public String range() {
        return range;
    }

    public long centsPerModule() {
        return centsPerModule;
    }
}

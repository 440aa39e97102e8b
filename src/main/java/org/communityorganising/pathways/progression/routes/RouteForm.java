package org.communityorganising.pathways.progression.routes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/** What an administrator edits of a route, buckets included. The service checks it all again. */
public record RouteForm(
        @NotBlank(message = "{form.error.required}") @Size(max = NAME_MAX, message = "{form.error.too-long}") @Nullable
        String nameEn,

        @NotBlank(message = "{form.error.required}") @Size(max = NAME_MAX, message = "{form.error.too-long}") @Nullable
        String nameCy,

        @NotBlank(message = "{form.error.required}") @Size(max = NAME_MAX, message = "{form.error.too-long}") @Nullable
        String awardingBody,

        @NotNull(message = "{form.error.required}")
        @Range(min = 0, max = MONTHS_MAX, message = "{form.error.range}")
        @Nullable
        Integer minMonths,

        @NotNull(message = "{form.error.required}")
        @Range(min = 1, max = MONTHS_MAX, message = "{form.error.range}")
        @Nullable
        Integer maxMonths,

        boolean active,
        List<BucketForm> buckets,
        long version) {

    public static final int NAME_MAX = 200;
    public static final int MONTHS_MAX = 120;
    public static final int BUCKETS_MAX = 8;

    public RouteForm {
        buckets = List.copyOf(buckets);
    }

    public static RouteForm empty() {
        return new RouteForm("", "", "", 6, 24, true, List.of(BucketForm.empty()), 0);
    }

    public RouteForm withBuckets(List<BucketForm> buckets) {
        return new RouteForm(nameEn, nameCy, awardingBody, minMonths, maxMonths, active, buckets, version);
    }
}

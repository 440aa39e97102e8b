package org.communityorganising.pathways.progression.routes;

import java.sql.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communityorganising.pathways.base.ConcurrentChangeException;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.PlainText;
import org.communityorganising.pathways.progression.practice.PracticeKind;
import org.communityorganising.pathways.security.AppRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accredited routes an alliance offers. Everyone signed in reads the open ones (to join);
 * administrators read them all and create or change them, buckets included.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class RouteService {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    RouteService(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The routes a leader may join, by name. */
    @Transactional(readOnly = true)
    public List<AccreditedRoute> open() {
        return load("where r.active", null);
    }

    /** Every route, closed ones too: for administrators. */
    @PreAuthorize(AppRoles.ADMIN_ONLY)
    @Transactional(readOnly = true)
    public List<AccreditedRoute> all() {
        return load("", null);
    }

    /** Creates a route ({@code routeId} null) or changes one; returns its id. */
    @PreAuthorize(AppRoles.ADMIN_ONLY)
    public long save(@Nullable Long routeId, RouteForm form) {
        var valid = valid(form);
        long id;
        if (routeId == null) {
            try {
                id = bindRoute(jdbc.sql("""
                                insert into accredited_route (name_en, name_cy, awarding_body, min_months, max_months, active)
                                values (:en, :cy, :body, :min, :max, :active) returning id"""), valid).query(Long.class).single();
            } catch (DuplicateKeyException taken) {
                throw new InvalidInputException("routes.error.name-taken");
            }
        } else {
            int updated;
            try {
                updated = bindRoute(jdbc.sql("""
                                update accredited_route set name_en = :en, name_cy = :cy, awarding_body = :body,
                                    min_months = :min, max_months = :max, active = :active, version = version + 1
                                where id = :id and version = :version"""), valid)
                        .param("id", routeId)
                        .param("version", form.version())
                        .update();
            } catch (DuplicateKeyException taken) {
                throw new InvalidInputException("routes.error.name-taken");
            }
            if (updated == 0) {
                throw new ConcurrentChangeException("accredited route " + routeId);
            }
            id = routeId;
        }
        saveBuckets(id, valid.buckets());
        events.publishEvent(new RouteEvents.RouteSaved(id, routeId == null));
        return id;
    }

    /**
     * Buckets kept by id are updated, new ones added, missing ones removed — unless a trainer has
     * signed one off: that sign-off is evidence, so such a bucket cannot go.
     */
    private void saveBuckets(long routeId, List<BucketForm> buckets) {
        Set<Long> kept = new HashSet<>();
        buckets.stream().map(BucketForm::id).filter(java.util.Objects::nonNull).forEach(kept::add);
        var existing = jdbc.sql("select id from route_bucket where route_id = :route")
                .param("route", routeId)
                .query(Long.class)
                .list();
        if (!existing.containsAll(kept)) {
            throw new InvalidInputException("routes.error.bucket-unknown");
        }
        var removed = existing.stream().filter(id -> !kept.contains(id)).toList();
        if (!removed.isEmpty()) {
            boolean signed = jdbc.sql(
                            "select exists (select 1 from route_signoff where bucket_id = any(cast(:ids as bigint[])))")
                    .param("ids", removed.toArray(Long[]::new))
                    .query(Boolean.class)
                    .single();
            if (signed) {
                throw new InvalidInputException("routes.error.bucket-signed");
            }
            try {
                jdbc.sql("delete from route_bucket where id = any(cast(:ids as bigint[]))")
                        .param("ids", removed.toArray(Long[]::new))
                        .update();
            } catch (DataIntegrityViolationException signedMeanwhile) {
                throw new InvalidInputException("routes.error.bucket-signed");
            }
        }
        // Sessions may move from one bucket to another, and their unique index (one training bucket
        // a route) is checked row by row: the buckets that stop counting them are written first.
        List<Integer> order = new ArrayList<>();
        for (int index = 0; index < buckets.size(); index++) {
            order.add(index);
        }
        order.sort(java.util.Comparator.comparing(index -> buckets.get(index).countsTraining()));
        for (int index : order) {
            BucketForm bucket = buckets.get(index);
            int position = index + 1;
            var statement = bucket.id() == null ? jdbc.sql("""
                            insert into route_bucket (route_id, position, name_en, name_cy, hours, counts_training, practice_kinds)
                            values (:route, :position, :en, :cy, :hours, :training, cast(:kinds as varchar(20)[]))""") : jdbc.sql("""
                                    update route_bucket set position = :position, name_en = :en, name_cy = :cy, hours = :hours,
                                        counts_training = :training, practice_kinds = cast(:kinds as varchar(20)[])
                                    where id = :id and route_id = :route""").param("id", bucket.id());
            statement
                    .param("route", routeId)
                    .param("position", position)
                    .param("en", bucket.nameEn())
                    .param("cy", bucket.nameCy())
                    .param("hours", bucket.hours())
                    .param("training", bucket.countsTraining())
                    .param(
                            "kinds",
                            bucket.practiceKinds().stream()
                                    .map(Enum::name)
                                    .sorted()
                                    .toArray(String[]::new))
                    .update();
        }
    }

    private static JdbcClient.StatementSpec bindRoute(JdbcClient.StatementSpec statement, RouteForm route) {
        return statement
                .param("en", route.nameEn())
                .param("cy", route.nameCy())
                .param("body", route.awardingBody())
                .param("min", route.minMonths())
                .param("max", route.maxMonths())
                .param("active", route.active());
    }

    /** The form as it will be stored: names one line each, numbers in range, each source filling one bucket. */
    private static RouteForm valid(RouteForm form) {
        String en = PlainText.requiredLine(form.nameEn(), RouteForm.NAME_MAX, "routes.error.name");
        String cy = PlainText.requiredLine(form.nameCy(), RouteForm.NAME_MAX, "routes.error.name");
        String body = PlainText.requiredLine(form.awardingBody(), RouteForm.NAME_MAX, "routes.error.awarding-body");
        Integer min = form.minMonths();
        Integer max = form.maxMonths();
        if (min == null || max == null || min < 0 || max < 1 || max > RouteForm.MONTHS_MAX || min > max) {
            throw new InvalidInputException("routes.error.months", RouteForm.MONTHS_MAX);
        }
        if (form.buckets().isEmpty() || form.buckets().size() > RouteForm.BUCKETS_MAX) {
            throw new InvalidInputException("routes.error.buckets", RouteForm.BUCKETS_MAX);
        }
        List<BucketForm> buckets = new ArrayList<>();
        Set<PracticeKind> kinds = new HashSet<>();
        boolean training = false;
        for (BucketForm bucket : form.buckets()) {
            String bucketEn = PlainText.requiredLine(bucket.nameEn(), BucketForm.NAME_MAX, "routes.error.bucket-name");
            String bucketCy = PlainText.requiredLine(bucket.nameCy(), BucketForm.NAME_MAX, "routes.error.bucket-name");
            Integer hours = bucket.hours();
            if (hours == null || hours < 1 || hours > BucketForm.HOURS_MAX) {
                throw new InvalidInputException("routes.error.hours", bucketEn, BucketForm.HOURS_MAX);
            }
            if (!bucket.countsTraining() && bucket.practiceKinds().isEmpty()) {
                throw new InvalidInputException("routes.error.bucket-source", bucketEn);
            }
            if (bucket.countsTraining() && training) {
                throw new InvalidInputException("routes.error.training-twice");
            }
            training |= bucket.countsTraining();
            for (PracticeKind kind : bucket.practiceKinds()) {
                if (!kinds.add(kind)) {
                    throw new InvalidInputException("routes.error.kind-twice");
                }
            }
            buckets.add(new BucketForm(
                    bucket.id(), bucketEn, bucketCy, hours, bucket.countsTraining(), bucket.practiceKinds()));
        }
        return new RouteForm(en, cy, body, min, max, form.active(), buckets, form.version());
    }

    /** Routes with their buckets in two statements; {@code where} is a constant that may name {@code :id}. */
    private List<AccreditedRoute> load(String where, @Nullable Long id) {
        var statement = jdbc.sql("""
                select r.id, r.name_en, r.name_cy, r.awarding_body, r.min_months, r.max_months, r.active, r.version
                from accredited_route r %s order by lower(r.name_en)""".formatted(where));
        if (id != null) {
            statement = statement.param("id", id);
        }
        var routes = statement
                .query((rs, row) -> new AccreditedRoute(
                        rs.getLong("id"),
                        rs.getString("name_en"),
                        rs.getString("name_cy"),
                        rs.getString("awarding_body"),
                        rs.getInt("min_months"),
                        rs.getInt("max_months"),
                        rs.getBoolean("active"),
                        rs.getLong("version"),
                        List.of()))
                .list();
        if (routes.isEmpty()) {
            return routes;
        }
        var buckets = buckets(routes.stream().map(AccreditedRoute::id).toList());
        return routes.stream()
                .map(route -> new AccreditedRoute(
                        route.id(),
                        route.nameEn(),
                        route.nameCy(),
                        route.awardingBody(),
                        route.minMonths(),
                        route.maxMonths(),
                        route.active(),
                        route.version(),
                        buckets.getOrDefault(route.id(), List.of())))
                .toList();
    }

    /** The buckets of some routes, in their order, in one statement. */
    Map<Long, List<RouteBucket>> buckets(List<Long> routeIds) {
        Map<Long, List<RouteBucket>> byRoute = new HashMap<>();
        jdbc.sql("""
                        select id, route_id, position, name_en, name_cy, hours, counts_training, practice_kinds
                        from route_bucket where route_id = any(cast(:routes as bigint[])) order by route_id, position""")
                .param("routes", routeIds.toArray(Long[]::new))
                .query((rs, row) -> {
                    List<PracticeKind> kinds = new ArrayList<>();
                    Array array = rs.getArray("practice_kinds");
                    for (Object kind : (Object[]) array.getArray()) {
                        kinds.add(PracticeKind.valueOf(kind.toString()));
                    }
                    byRoute.computeIfAbsent(rs.getLong("route_id"), id -> new ArrayList<>())
                            .add(new RouteBucket(
                                    rs.getLong("id"),
                                    rs.getInt("position"),
                                    rs.getString("name_en"),
                                    rs.getString("name_cy"),
                                    rs.getInt("hours"),
                                    rs.getBoolean("counts_training"),
                                    kinds));
                    return null;
                })
                .list();
        return byRoute;
    }

    /** One route with its buckets, open or closed; for the portfolio service. */
    AccreditedRoute route(long routeId) {
        return load("where r.id = :id", routeId).stream()
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("routes.error.not-found"));
    }
}

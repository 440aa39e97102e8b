package org.communityorganising.pathways.progression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the ladder with every requirement: two statements, whatever the number of tiers. */
@Component
class TierCatalogue {

    private final JdbcClient jdbc;

    TierCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TierDefinition> all() {
        Map<Long, List<Requirement>> requirements = new HashMap<>();
        jdbc.sql("""
                        select r.tier_id, r.kind, r.course_id, c.title_en, c.title_cy, r.practice_kind, r.min_count,
                               r.window_months, r.hours, r.named_role, r.tier_rank
                        from tier_requirement r left join v_course c on c.id = r.course_id
                        order by r.tier_id, r.position""").query(rs -> {
            String practice = rs.getString(6);
            requirements
                    .computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                    .add(new Requirement(
                            RequirementKind.valueOf(rs.getString(2)),
                            rs.getObject(3, Long.class),
                            rs.getString(4),
                            rs.getString(5),
                            practice == null ? null : PracticeKind.valueOf(practice),
                            rs.getInt(7),
                            rs.getObject(8, Integer.class),
                            rs.getObject(9, BigDecimal.class),
                            rs.getBoolean(10),
                            rs.getInt(11)));
        });
        return jdbc.sql("""
                        select id, rank, name_en, name_cy, summary_en, summary_cy, approval, version
                        from tier order by rank""")
                .query((rs, row) -> new TierDefinition(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        TierApproval.valueOf(rs.getString(7)),
                        rs.getLong(8),
                        requirements.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    /** A person's tier rank and the day they reached it (none at the entry tier). */
    HeldTier heldBy(long personId) {
        return jdbc.sql("""
                        select t.rank, pt.since from person_tier pt join tier t on t.id = pt.tier_id
                        where pt.person_id = :person""")
                .param("person", personId)
                .query((rs, row) ->
                        new HeldTier(rs.getInt(1), rs.getTimestamp(2).toInstant()))
                .optional()
                .orElseGet(() -> new HeldTier(entryRank(), null));
    }

    int entryRank() {
        return jdbc.sql("select min(rank) from tier").query(Integer.class).single();
    }

    record HeldTier(int rank, java.time.@org.jspecify.annotations.Nullable Instant since) {}
}

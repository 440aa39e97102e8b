package org.communityorganising.pathways.progression.tiers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communityorganising.pathways.base.Rows;
import org.communityorganising.pathways.progression.practice.PracticeKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Reads the ladder with every requirement (two statements, whatever the number of tiers) and a
 * person's tier — through v_person_tier, the one reading of it. For the services of progression;
 * callers guard who may ask about whom.
 */
@Component
@PreAuthorize("isAuthenticated()")
public class TierCatalogue {

    private final JdbcClient jdbc;

    TierCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A tier_requirement row joined with its course's titles. */
    private record RequirementRow(
            long tierId,
            RequirementKind kind,
            @Nullable Long courseId,
            @Nullable String titleEn,
            @Nullable String titleCy,
            @Nullable PracticeKind practiceKind,
            @Nullable Integer minCount,
            @Nullable Integer windowMonths,
            @Nullable BigDecimal hours,
            boolean namedRole,
            @Nullable Integer tierRank,
            @Nullable LocalDate legacyUntil) {

        static final RowMapper<RequirementRow> ROW = Rows.byName(RequirementRow.class);
        static final String SQL = """
                select r.tier_id, r.kind, r.course_id, c.title_en, c.title_cy, r.practice_kind, r.min_count,
                       r.window_months, r.hours, r.named_role, r.tier_rank, r.legacy_until
                from tier_requirement r left join v_course c on c.id = r.course_id
                order by r.tier_id, r.position""";

        Requirement requirement() {
            return new Requirement(
                    kind,
                    courseId,
                    titleEn,
                    titleCy,
                    practiceKind,
                    minCount == null ? 0 : minCount,
                    windowMonths,
                    hours,
                    namedRole,
                    tierRank == null ? 0 : tierRank,
                    legacyUntil);
        }
    }

    /** A tier row; its requirements are added from the other statement. */
    private record TierRow(
            long id,
            int rank,
            String nameEn,
            String nameCy,
            String summaryEn,
            String summaryCy,
            TierApproval approval,
            long version,
            @Nullable Integer keepCount,
            @Nullable Integer keepMonths,
            @Nullable Integer keepWarningDays,
            @Nullable LocalDate keepSince) {

        static final RowMapper<TierRow> ROW = Rows.byName(TierRow.class);
        static final String SQL = """
                select id, rank, name_en, name_cy, summary_en, summary_cy, approval, version,
                       keep_count, keep_months, keep_warning_days,
                       (keep_since at time zone 'Europe/London')::date as keep_since
                from tier order by rank""";

        @Nullable
        KeepUp keepUp() {
            return KeepUp.of(keepCount, keepMonths, keepWarningDays, keepSince);
        }
    }

    /** Every tier with its requirements, lowest first. */
    public List<TierDefinition> all() {
        Map<Long, List<Requirement>> requirements = new HashMap<>();
        for (var row : jdbc.sql(RequirementRow.SQL).query(RequirementRow.ROW).list()) {
            requirements.computeIfAbsent(row.tierId(), id -> new ArrayList<>()).add(row.requirement());
        }
        return jdbc.sql(TierRow.SQL).query(TierRow.ROW).list().stream()
                .map(tier -> new TierDefinition(
                        tier.id(),
                        tier.rank(),
                        tier.nameEn(),
                        tier.nameCy(),
                        tier.summaryEn(),
                        tier.summaryCy(),
                        tier.approval(),
                        tier.version(),
                        requirements.getOrDefault(tier.id(), List.of()),
                        tier.keepUp()))
                .toList();
    }

    /** One tier of the ladder. */
    public TierDefinition tier(long tierId) {
        return all().stream().filter(tier -> tier.id() == tierId).findFirst().orElseThrow();
    }

    /** The tier above this rank; null at the top. */
    public static @Nullable TierDefinition next(List<TierDefinition> ladder, int rank) {
        return ladder.stream().filter(tier -> tier.rank() > rank).findFirst().orElse(null);
    }

    /** A person's tier and the moment they reached it (none at the entry tier). */
    public HeldTier heldBy(long personId) {
        return jdbc.sql("select tier_id, rank, since from v_person_tier where person_id = :person")
                .param("person", personId)
                .query(HeldTier.ROW)
                .optional()
                .orElseGet(() -> jdbc.sql("select id as tier_id, rank, null as since from tier order by rank limit 1")
                        .query(HeldTier.ROW)
                        .single());
    }

    /** The tiers many people hold, in one statement; the entry tier for those without one. */
    public Map<Long, HeldTier> heldByPeople(Collection<Long> personIds) {
        Map<Long, HeldTier> held = new HashMap<>();
        if (personIds.isEmpty()) {
            return held;
        }
        jdbc.sql(
                        "select person_id, tier_id, rank, since from v_person_tier where person_id = any(cast(:people as bigint[]))")
                .param("people", org.communityorganising.pathways.security.ChapterScope.idArray(personIds))
                .query((rs, row) -> held.put(rs.getLong("person_id"), HeldTier.ROW.mapRow(rs, row)))
                .list();
        return held;
    }

    /** The tiers every active person of a chapter holds, in one statement. */
    public Map<Long, HeldTier> heldInChapter(long chapterId) {
        Map<Long, HeldTier> held = new HashMap<>();
        jdbc.sql("""
                        select t.person_id, t.tier_id, t.rank, t.since from v_person_tier t
                        where t.chapter_id = :chapter and t.active""")
                .param("chapter", chapterId)
                .query((rs, row) -> held.put(rs.getLong("person_id"), HeldTier.ROW.mapRow(rs, row)))
                .list();
        return held;
    }

    int entryRank() {
        return jdbc.sql("select min(rank) from tier").query(Integer.class).single();
    }

    /** @param since null at the entry tier */
    public record HeldTier(long tierId, int rank, @Nullable Instant since) {
        /** By name, by hand: a chapter's dashboard reads thousands of these in one call. */
        static final RowMapper<HeldTier> ROW = (rs, row) -> {
            var since = rs.getTimestamp("since");
            return new HeldTier(rs.getLong("tier_id"), rs.getInt("rank"), since == null ? null : since.toInstant());
        };
    }
}

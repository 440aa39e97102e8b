package org.communityorganising.pathways.progression;

import java.util.List;
import org.communityorganising.pathways.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The leadership ladder: every signed-in person may read it. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TierService {

    private final TierRepository tiers;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    TierService(TierRepository tiers, JdbcClient jdbc, CurrentUser currentUser) {
        this.tiers = tiers;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** The signed-in person's tier: the one progression records for them, else the entry tier. */
    public LadderStep myTier() {
        return jdbc.sql("""
                        select t.rank, t.name_en, t.name_cy, t.summary_en, t.summary_cy, t.approval
                        from tier t
                        where t.id = coalesce((select pt.tier_id from person_tier pt where pt.person_id = :me),
                                              (select e.id from tier e order by e.rank limit 1))""")
                .param("me", currentUser.require().personId())
                .query((rs, row) -> new LadderStep(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        TierApproval.valueOf(rs.getString(6))))
                .single();
    }

    /** How many active people of the signed-in lead's chapter (administrators: all) hold each tier. */
    @PreAuthorize(PromotionService.DECIDERS)
    public List<PipelineCount> pipeline() {
        var user = currentUser.require();
        return jdbc.sql("""
                        select t.name_en, t.name_cy, count(p.id)
                        from tier t
                        left join (select p.id, coalesce(pt.tier_id, (select id from tier order by rank limit 1)) as tier_id
                                   from v_person p left join person_tier pt on pt.person_id = p.id
                                   where p.active and (:admin or p.chapter_id = :chapter)) p on p.tier_id = t.id
                        group by t.id, t.rank, t.name_en, t.name_cy
                        order by t.rank""")
                .param("admin", user.isAdmin())
                .param("chapter", user.chapterId(), java.sql.Types.BIGINT)
                .query((rs, row) -> new PipelineCount(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    /** A tier and how many people hold it. */
    public record PipelineCount(String nameEn, String nameCy, int people) {
        public String name(java.util.Locale locale) {
            return org.communityorganising.pathways.base.Bilingual.pick(locale, nameEn, nameCy);
        }
    }

    /** All tiers, lowest first. The ladder has a handful of steps, so it is read whole. */
    public List<LadderStep> ladder() {
        return tiers.findLadder();
    }
}

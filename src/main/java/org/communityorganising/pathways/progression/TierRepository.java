package org.communityorganising.pathways.progression;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TierRepository extends Repository<Tier, Long> {

    @Query("""
            select new org.communityorganising.pathways.progression.LadderStep(
                t.rank, t.nameEn, t.nameCy, t.summaryEn, t.summaryCy, t.approval)
            from Tier t order by t.rank""")
    List<LadderStep> findLadder();
}

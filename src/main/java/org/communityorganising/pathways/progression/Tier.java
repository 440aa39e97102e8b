package org.communityorganising.pathways.progression;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Locale;
import org.communityorganising.pathways.base.AbstractEntity;
import org.communityorganising.pathways.base.Bilingual;

/** One step of the leadership ladder, named in English and Welsh. */
@Entity
@Table(name = "tier")
public class Tier extends AbstractEntity {

    @Column(nullable = false)
    private int rank;

    @Column(name = "name_en", nullable = false, length = 80)
    private String nameEn = "";

    @Column(name = "name_cy", nullable = false, length = 80)
    private String nameCy = "";

    @Column(name = "summary_en", nullable = false, length = 1000)
    private String summaryEn = "";

    @Column(name = "summary_cy", nullable = false, length = 1000)
    private String summaryCy = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TierApproval approval = TierApproval.CHAPTER_LEAD;

    protected Tier() {}

    public int getRank() {
        return rank;
    }

    public String getName(Locale locale) {
        return Bilingual.pick(locale, nameEn, nameCy);
    }

    public String getSummary(Locale locale) {
        return Bilingual.pick(locale, summaryEn, summaryCy);
    }

    public TierApproval getApproval() {
        return approval;
    }
}

package org.communityorganising.pathways.progression;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The leadership ladder: every signed-in person may read it. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TierService {

    private final TierRepository tiers;

    TierService(TierRepository tiers) {
        this.tiers = tiers;
    }

    /** All tiers, lowest first. The ladder has a handful of steps, so it is read whole. */
    public List<LadderStep> ladder() {
        return tiers.findLadder();
    }
}

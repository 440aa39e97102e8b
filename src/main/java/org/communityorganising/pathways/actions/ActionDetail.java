package org.communityorganising.pathways.actions;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An action's ledger for its organisers: per institution and per leader, pledged against
 * delivered; the named roles; for a delegates assembly, the roll call, the quorum and the votes.
 *
 * @param issues the listening campaign's issues a delegates assembly votes on; empty otherwise
 * @param votes the issue each institution voted for, by institution id
 */
public record ActionDetail(
        ActionItem action,
        List<InstitutionLine> institutions,
        List<LeaderLine> leaders,
        List<RoleLine> roles,
        int walkIns,
        List<Issue> issues,
        Map<Long, Long> votes) {

    public ActionDetail {
        institutions = List.copyOf(institutions);
        leaders = List.copyOf(leaders);
        roles = List.copyOf(roles);
        issues = List.copyOf(issues);
        votes = Map.copyOf(votes);
    }

    /** @param present answered the roll call (a delegates assembly) */
    public record InstitutionLine(long id, String name, int pledged, int delivered, boolean present) {}

    public record LeaderLine(long personId, String fullName, int pledged, int brought) {}

    public record RoleLine(long personId, String fullName, NamedRole role) {}

    /** @param votes institutions that voted for it */
    public record Issue(long tagId, String label, int votes) {}

    /** Institutions present at the roll call. */
    public int present() {
        return (int) institutions.stream().filter(InstitutionLine::present).count();
    }

    /** How many present institutions make the quorum: the percentage of all member institutions, rounded up. */
    public int quorum() {
        Integer percent = action.quorumPercent();
        return percent == null ? 0 : (institutions.size() * percent + 99) / 100;
    }

    public boolean quorate() {
        return present() >= quorum();
    }

    public @Nullable Long voteOf(long institutionId) {
        return votes.get(institutionId);
    }
}

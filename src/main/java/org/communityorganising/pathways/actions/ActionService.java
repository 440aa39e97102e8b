package org.communityorganising.pathways.actions;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.communityorganising.pathways.attendance.CheckInCode;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.PlainText;
import org.communityorganising.pathways.base.Rows;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.ChapterScope;
import org.communityorganising.pathways.security.CurrentUser;
import org.communityorganising.pathways.security.PathwaysUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A chapter's actions and assemblies. Its trainers and leads (administrators: any chapter) create
 * them, keep the ledger (pledges, walk-ins, named roles, the roll call and votes) and show the
 * check-in code; every active person of the chapter checks themselves in with it. An action of
 * another chapter reads as not found, like one that does not exist.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ActionService {

    /** Check-in opens this long before the start and stays open until the end. */
    static final Duration DOORS_OPEN = Duration.ofHours(2);
    /** A code scanned is accepted for this many 30-second steps: the time to fill the page in. */
    static final int CODE_STEPS = 4;

    static final int MAX_FAILURES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(10);
    static final int WALK_INS_MAX = 500;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final RowMapper<ActionItem> ITEM = Rows.byName(ActionItem.class);
    private static final String ITEMS = """
            select a.id, a.chapter_id, a.kind, a.title, a.purpose, a.place, a.starts_at, a.ends_at, a.campaign_id,
                   a.quorum_percent,
                   coalesce((select sum(p.pledged) from action_pledge p where p.action_id = a.id), 0) as pledged,
                   came.delivered, came.walk_ins, a.version
            from organising_action a
            left join lateral (select count(*) as delivered, count(*) filter (where t.source = 'WALK_IN') as walk_ins
                               from action_attendance t where t.action_id = a.id) came on true
            """;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionService(JdbcClient jdbc, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Creates an action of a chapter, for its trainers and leads. */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    public long create(long chapterId, ActionForm form) {
        var user = currentUser.require();
        ChapterScope.requireChapter(user, chapterId);
        boolean chapter = jdbc.sql("select exists (select 1 from v_chapter where id = :id and active)")
                .param("id", chapterId)
                .query(Boolean.class)
                .single();
        if (!chapter) {
            throw new InvalidInputException("actions.error.chapter");
        }
        var kind = form.kind();
        var day = form.day();
        var starts = form.starts();
        var ends = form.ends();
        if (kind == null || day == null || starts == null || ends == null || !ends.isAfter(starts)) {
            throw new InvalidInputException("actions.error.times");
        }
        String title = PlainText.requiredLine(form.title(), ActionForm.TITLE_MAX, "actions.error.title");
        String place = PlainText.requiredLine(form.place(), ActionForm.PLACE_MAX, "actions.error.place");
        String purpose = PlainText.optionalLines(form.purpose(), ActionForm.PURPOSE_MAX, "actions.error.purpose");
        Long campaign = null;
        Integer quorum = null;
        if (kind == ActionKind.DELEGATES_ASSEMBLY) {
            quorum = form.quorumPercent() == null ? 50 : form.quorumPercent();
            if (quorum < 1 || quorum > 100) {
                throw new InvalidInputException("actions.error.quorum");
            }
            campaign = form.campaignId();
            if (campaign != null) {
                boolean ours = jdbc.sql("""
                                select exists (select 1 from v_listening_tag where campaign_id = :c and chapter_id = :chapter)""")
                        .param("c", campaign)
                        .param("chapter", chapterId)
                        .query(Boolean.class)
                        .single();
                if (!ours) {
                    throw new InvalidInputException("actions.error.campaign");
                }
            }
        }
        long id = jdbc.sql("""
                        insert into organising_action (chapter_id, kind, title, purpose, place, starts_at, ends_at,
                            campaign_id, quorum_percent, created_by, created_at)
                        values (:chapter, :kind, :title, :purpose, :place, :starts, :ends, :campaign, :quorum, :by, :now)
                        returning id""")
                .param("chapter", chapterId)
                .param("kind", kind.name())
                .param("title", title)
                .param("purpose", purpose == null ? "" : purpose)
                .param("place", place)
                .param(
                        "starts",
                        Timestamp.from(
                                day.atTime(starts).atZone(LondonTime.ZONE).toInstant()))
                .param(
                        "ends",
                        Timestamp.from(day.atTime(ends).atZone(LondonTime.ZONE).toInstant()))
                .param("campaign", campaign, java.sql.Types.BIGINT)
                .param("quorum", quorum, java.sql.Types.INTEGER)
                .param("by", user.personId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        events.publishEvent(new ActionEvents.ActionCreated(id, chapterId, kind));
        return id;
    }

    /** A chapter's actions, the latest first, with their totals. */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<ActionItem> actions(long chapterId) {
        ChapterScope.requireChapter(currentUser.require(), chapterId);
        return jdbc.sql(ITEMS + "where a.chapter_id = :chapter order by a.starts_at desc, a.id desc limit 100")
                .param("chapter", chapterId)
                .query(ITEM)
                .list();
    }

    /** An action's ledger, in a fixed number of statements whatever the turnout. */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public ActionDetail detail(long actionId) {
        var action = staffAction(actionId);
        var institutions = jdbc.sql("""
                        select i.id, i.name, coalesce(p.pledged, 0) as pledged,
                               (select count(*) from action_attendance t where t.action_id = :a and t.institution_id = i.id)
                                   as delivered,
                               exists (select 1 from action_roll_call r where r.action_id = :a and r.institution_id = i.id)
                                   as present
                        from v_institution i
                        left join action_pledge p on p.action_id = :a and p.institution_id = i.id
                        where i.chapter_id = :chapter and i.active
                        order by i.name""")
                .param("a", actionId)
                .param("chapter", action.chapterId())
                .query(Rows.byName(ActionDetail.InstitutionLine.class))
                .list();
        var leaders = jdbc.sql("""
                        select p.id as person_id, p.full_name, coalesce(lp.pledged, 0) as pledged, coalesce(b.brought, 0) as brought
                        from (select person_id from action_leader_pledge where action_id = :a
                              union select brought_by from action_attendance where action_id = :a and brought_by is not null) l
                        join v_person p on p.id = l.person_id
                        left join action_leader_pledge lp on lp.action_id = :a and lp.person_id = l.person_id
                        left join (select brought_by, count(*) as brought from action_attendance
                                   where action_id = :a group by brought_by) b on b.brought_by = l.person_id
                        order by coalesce(b.brought, 0) desc, p.full_name""")
                .param("a", actionId)
                .query(Rows.byName(ActionDetail.LeaderLine.class))
                .list();
        var roles = jdbc.sql("""
                        select r.person_id, p.full_name, r.role from action_role r join v_person p on p.id = r.person_id
                        where r.action_id = :a order by r.role, p.full_name""")
                .param("a", actionId)
                .query(Rows.byName(ActionDetail.RoleLine.class))
                .list();
        List<ActionDetail.Issue> issues = action.campaignId() == null
                ? List.of()
                : jdbc.sql("""
                                select t.id as tag_id, t.label,
                                       (select count(*) from action_vote v where v.action_id = :a and v.tag_id = t.id) as votes
                                from v_listening_tag t where t.campaign_id = :c order by t.position""")
                        .param("a", actionId)
                        .param("c", action.campaignId())
                        .query(Rows.byName(ActionDetail.Issue.class))
                        .list();
        Map<Long, Long> votes = new HashMap<>();
        if (action.kind() == ActionKind.DELEGATES_ASSEMBLY) {
            jdbc.sql("select institution_id, tag_id from action_vote where action_id = :a")
                    .param("a", actionId)
                    .query((rs, row) -> votes.put(rs.getLong("institution_id"), rs.getLong("tag_id")))
                    .list();
        }
        return new ActionDetail(action, institutions, leaders, roles, action.walkIns(), issues, votes);
    }

    /** What an institution pledged to bring (0 to withdraw the pledge). */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    public void pledge(long actionId, long institutionId, int pledged) {
        var action = staffAction(actionId);
        requireInstitution(action.chapterId(), institutionId);
        if (pledged < 0 || pledged > 100_000) {
            throw new InvalidInputException("actions.error.pledge");
        }
        jdbc.sql("""
                        insert into action_pledge (action_id, institution_id, pledged, updated_by, updated_at)
                        values (:a, :i, :n, :by, :now)
                        on conflict (action_id, institution_id) do update
                            set pledged = excluded.pledged, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .param("a", actionId)
                .param("i", institutionId)
                .param("n", pledged)
                .param("by", currentUser.require().personId())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new ActionEvents.PledgeSet(actionId, "institution " + institutionId, pledged));
    }

    /** What a leader of the chapter pledged to bring. */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    public void pledgeByLeader(long actionId, long personId, int pledged) {
        var action = staffAction(actionId);
        if (!isLeader(action.chapterId(), personId)) {
            throw new InvalidInputException("actions.error.leader");
        }
        if (pledged < 0 || pledged > 10_000) {
            throw new InvalidInputException("actions.error.pledge");
        }
        jdbc.sql("""
                        insert into action_leader_pledge (action_id, person_id, pledged, updated_by, updated_at)
                        values (:a, :p, :n, :by, :now)
                        on conflict (action_id, person_id) do update
                            set pledged = excluded.pledged, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .param("a", actionId)
                .param("p", personId)
                .param("n", pledged)
                .param("by", currentUser.require().personId())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new ActionEvents.PledgeSet(actionId, "person " + personId, pledged));
    }

    /** The code to show at the door now; the action's secret is made on first use. */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    public CodeDisplay currentCode(long actionId) {
        requireDoorsOpen(staffAction(actionId));
        jdbc.sql("""
                        insert into action_check_in_secret (action_id, secret, created_at) values (:a, :secret, :now)
                        on conflict (action_id) do nothing""")
                .param("a", actionId)
                .param("secret", HexFormat.of().formatHex(randomSecret()))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        Instant now = clock.instant();
        return new CodeDisplay(actionId, CheckInCode.current(secret(actionId), now), CheckInCode.secondsLeft(now));
    }

    /** The active people of the action's chapter, for the organiser's forms (pledges, roles, walk-ins). */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<CheckInOptions.Option> people(long actionId) {
        var action = staffAction(actionId);
        return jdbc.sql(
                        "select id, full_name as name from v_person where chapter_id = :c and active order by full_name")
                .param("c", action.chapterId())
                .query(Rows.byName(CheckInOptions.Option.class))
                .list();
    }

    /** What the check-in page offers the signed-in person: an action of their own chapter only. */
    @Transactional(readOnly = true)
    public CheckInOptions checkInOptions(long actionId) {
        var user = currentUser.require();
        var action = memberAction(actionId, user);
        // What an action is, and who the chapter's leaders are, only while its doors are open.
        requireDoorsOpen(action);
        var institutions = jdbc.sql("select id, name from v_institution where chapter_id = :c and active order by name")
                .param("c", action.chapterId())
                .query(Rows.byName(CheckInOptions.Option.class))
                .list();
        var leaders = jdbc.sql("""
                        select p.id, p.full_name as name from v_person_tier t join v_person p on p.id = t.person_id
                        where t.chapter_id = :c and t.active and t.rank >= 1 and p.id <> :me order by p.full_name""")
                .param("c", action.chapterId())
                .param("me", user.personId())
                .query(Rows.byName(CheckInOptions.Option.class))
                .list();
        Long mine = jdbc.sql("select institution_id from v_person where id = :me")
                .param("me", user.personId())
                .query((rs, row) -> {
                    long id = rs.getLong("institution_id");
                    return rs.wasNull() ? null : id;
                })
                .optional()
                .orElse(null);
        boolean checkedIn = jdbc.sql(
                        "select exists (select 1 from action_attendance where action_id = :a and person_id = :me)")
                .param("a", actionId)
                .param("me", user.personId())
                .query(Boolean.class)
                .single();
        return new CheckInOptions(action, institutions, mine, leaders, checkedIn);
    }

    /**
     * Checks the signed-in person in at the door with the code shown there (or scanned), credited
     * to an institution of the chapter and, if they say so, to the leader who brought them. Once
     * only: a second check-in says so and changes nothing. Five wrong codes lock the person out of
     * this action's check-in for ten minutes; a wrong code is counted even though the call fails.
     *
     * @return false when they had already checked in
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public boolean checkIn(long actionId, String code, @Nullable Long institutionId, @Nullable Long broughtBy) {
        var user = currentUser.require();
        var action = memberAction(actionId, user);
        Instant now = clock.instant();
        requireDoorsOpen(action);
        var attempts = jdbc.sql("""
                        select failures, last_failure_at from action_check_in_attempt
                        where action_id = :a and person_id = :me for update""")
                .param("a", actionId)
                .param("me", user.personId())
                .query(Rows.byName(Attempts.class))
                .optional();
        if (attempts.isPresent()
                && attempts.get().failures() >= MAX_FAILURES
                && attempts.get().lastFailureAt().plus(LOCKOUT).isAfter(now)) {
            throw new InvalidInputException("checkin.error.too-many", LOCKOUT.toMinutes());
        }
        if (!accepts(actionId, code, now)) {
            jdbc.sql("""
                            insert into action_check_in_attempt (action_id, person_id, failures, last_failure_at)
                            values (:a, :me, 1, :at)
                            on conflict (action_id, person_id) do update set
                                failures = case when action_check_in_attempt.last_failure_at < :since then 1
                                                else action_check_in_attempt.failures + 1 end,
                                last_failure_at = excluded.last_failure_at""")
                    .param("a", actionId)
                    .param("me", user.personId())
                    .param("at", Timestamp.from(now))
                    .param("since", Timestamp.from(now.minus(LOCKOUT)))
                    .update();
            throw new InvalidInputException("checkin.error.wrong-code");
        }
        if (institutionId != null) {
            requireInstitution(action.chapterId(), institutionId);
        }
        if (broughtBy != null && (broughtBy == user.personId() || !isLeader(action.chapterId(), broughtBy))) {
            throw new InvalidInputException("actions.error.brought-by");
        }
        int written = jdbc.sql("""
                        insert into action_attendance (action_id, person_id, institution_id, brought_by, source, arrived_at,
                            recorded_by)
                        values (:a, :me, :institution, :brought, 'CHECK_IN', :now, :me)
                        on conflict (action_id, person_id) where person_id is not null do nothing""")
                .param("a", actionId)
                .param("me", user.personId())
                .param("institution", institutionId, java.sql.Types.BIGINT)
                .param("brought", broughtBy, java.sql.Types.BIGINT)
                .param("now", Timestamp.from(now))
                .update();
        jdbc.sql("delete from action_check_in_attempt where action_id = :a and person_id = :me")
                .param("a", actionId)
                .param("me", user.personId())
                .update();
        if (written == 0) {
            return false;
        }
        events.publishEvent(new ActionEvents.CheckedIn(actionId, user.personId()));
        return true;
    }

    /**
     * People who came without checking themselves in, added by the organiser: counted with their
     * institution and the leader who brought them; no name is taken.
     */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    public void addWalkIns(long actionId, @Nullable Long institutionId, int people, @Nullable Long broughtBy) {
        var action = staffAction(actionId);
        if (people < 1 || people > WALK_INS_MAX) {
            throw new InvalidInputException("actions.error.walk-ins", WALK_INS_MAX);
        }
        if (institutionId != null) {
            requireInstitution(action.chapterId(), institutionId);
        }
        if (broughtBy != null && !isLeader(action.chapterId(), broughtBy)) {
            throw new InvalidInputException("actions.error.brought-by");
        }
        jdbc.sql("""
                        insert into action_attendance (action_id, institution_id, brought_by, source, arrived_at, recorded_by)
                        select :a, :institution, :brought, 'WALK_IN', :now, :by from generate_series(1, :n)""")
                .param("a", actionId)
                .param("institution", institutionId, java.sql.Types.BIGINT)
                .param("brought", broughtBy, java.sql.Types.BIGINT)
                .param("now", Timestamp.from(clock.instant()))
                .param("by", currentUser.require().personId())
                .param("n", people)
                .update();
        events.publishEvent(new ActionEvents.WalkInsAdded(actionId, people));
    }

    /** Records a named role a person of the chapter held at the action; it counts for the ladder. */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    public void recordRole(long actionId, long personId, NamedRole role) {
        var action = staffAction(actionId);
        // A role counts for the ladder: nobody records their own, as nobody confirms their own practice.
        if (personId == currentUser.require().personId()) {
            throw new InvalidInputException("actions.error.own-role");
        }
        requirePerson(action.chapterId(), personId);
        int written = jdbc.sql("""
                        insert into action_role (action_id, person_id, role, recorded_by, recorded_at)
                        values (:a, :p, :role, :by, :now) on conflict do nothing""")
                .param("a", actionId)
                .param("p", personId)
                .param("role", role.name())
                .param("by", currentUser.require().personId())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (written > 0) {
            events.publishEvent(new ActionEvents.RoleRecorded(actionId, personId, role, false));
        }
    }

    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    public void removeRole(long actionId, long personId, NamedRole role) {
        staffAction(actionId);
        int removed = jdbc.sql("delete from action_role where action_id = :a and person_id = :p and role = :role")
                .param("a", actionId)
                .param("p", personId)
                .param("role", role.name())
                .update();
        if (removed > 0) {
            events.publishEvent(new ActionEvents.RoleRecorded(actionId, personId, role, true));
        }
    }

    /** A delegates assembly's roll call: the institution is present, or not (which also withdraws its vote). */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    public void rollCall(long actionId, long institutionId, boolean present) {
        var action = delegatesAssembly(actionId);
        requireInstitution(action.chapterId(), institutionId);
        if (present) {
            jdbc.sql("""
                            insert into action_roll_call (action_id, institution_id, recorded_by, recorded_at)
                            values (:a, :i, :by, :now) on conflict do nothing""")
                    .param("a", actionId)
                    .param("i", institutionId)
                    .param("by", currentUser.require().personId())
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        } else {
            jdbc.sql("delete from action_vote where action_id = :a and institution_id = :i")
                    .param("a", actionId)
                    .param("i", institutionId)
                    .update();
            jdbc.sql("delete from action_roll_call where action_id = :a and institution_id = :i")
                    .param("a", actionId)
                    .param("i", institutionId)
                    .update();
        }
        events.publishEvent(new ActionEvents.RollCall(actionId, institutionId, present));
    }

    /** One vote per institution present, on one of the campaign's issues; a second vote replaces the first. */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    public void vote(long actionId, long institutionId, long tagId) {
        var action = delegatesAssembly(actionId);
        boolean present = jdbc.sql("""
                        select exists (select 1 from action_roll_call where action_id = :a and institution_id = :i)""")
                .param("a", actionId)
                .param("i", institutionId)
                .query(Boolean.class)
                .single();
        if (!present) {
            throw new InvalidInputException("actions.error.not-present");
        }
        boolean issue = action.campaignId() != null
                && jdbc.sql("select exists (select 1 from v_listening_tag where id = :t and campaign_id = :c)")
                        .param("t", tagId)
                        .param("c", action.campaignId())
                        .query(Boolean.class)
                        .single();
        if (!issue) {
            throw new InvalidInputException("actions.error.issue");
        }
        jdbc.sql("""
                        insert into action_vote (action_id, institution_id, tag_id, recorded_by, recorded_at)
                        values (:a, :i, :t, :by, :now)
                        on conflict (action_id, institution_id) do update
                            set tag_id = excluded.tag_id, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at""")
                .param("a", actionId)
                .param("i", institutionId)
                .param("t", tagId)
                .param("by", currentUser.require().personId())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new ActionEvents.VoteRecorded(actionId, institutionId, tagId));
    }

    /**
     * The days on which each of these people held a named role at an action of their chapter that
     * took place with people there: what the ladder counts. One's own, or, for a trainer, lead or
     * administrator, those of people of their chapter. One statement, whatever their number.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<LocalDate>> namedRolesOf(Collection<Long> personIds) {
        ChapterScope.requireSelfOrStaffOf(jdbc, currentUser.require(), personIds);
        Map<Long, List<LocalDate>> roles = new HashMap<>();
        if (personIds.isEmpty()) {
            return roles;
        }
        jdbc.sql("""
                        select distinct person_id, action_id, held_on from v_action_role
                        where person_id = any(cast(:people as bigint[])) and turnout > 0 and held_on <= :today""")
                .param("people", ChapterScope.idArray(personIds))
                .param("today", LocalDate.ofInstant(clock.instant(), LondonTime.ZONE))
                .query((rs, row) -> roles.computeIfAbsent(rs.getLong("person_id"), id -> new ArrayList<>())
                        .add(rs.getObject("held_on", LocalDate.class)))
                .list();
        return roles;
    }

    /** The same for every active person of a chapter, for its leads and administrators. */
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public Map<Long, List<LocalDate>> namedRolesInChapter(long chapterId) {
        ChapterScope.requireChapter(currentUser.require(), chapterId);
        Map<Long, List<LocalDate>> roles = new HashMap<>();
        jdbc.sql("""
                        select distinct r.person_id, r.action_id, r.held_on from v_action_role r
                        join v_person p on p.id = r.person_id
                        where p.chapter_id = :chapter and p.active and r.turnout > 0 and r.held_on <= :today""")
                .param("chapter", chapterId)
                .param("today", LocalDate.ofInstant(clock.instant(), LondonTime.ZONE))
                .query((rs, row) -> roles.computeIfAbsent(rs.getLong("person_id"), id -> new ArrayList<>())
                        .add(rs.getObject("held_on", LocalDate.class)))
                .list();
        return roles;
    }

    /** A person's wrong codes for an action so far, and the last one's moment. */
    private record Attempts(int failures, Instant lastFailureAt) {}

    private boolean accepts(long actionId, String code, Instant now) {
        var secret = jdbc.sql("select secret from action_check_in_secret where action_id = :a")
                .param("a", actionId)
                .query(String.class)
                .optional();
        String typed = code.strip();
        if (secret.isEmpty() || !typed.matches("\\d{6}")) {
            return false;
        }
        byte[] bytes = HexFormat.of().parseHex(secret.get());
        long step = CheckInCode.step(now);
        for (int back = 0; back < CODE_STEPS; back++) {
            if (typed.equals(CheckInCode.at(bytes, step - back))) {
                return true;
            }
        }
        return false;
    }

    private byte[] secret(long actionId) {
        return HexFormat.of()
                .parseHex(jdbc.sql("select secret from action_check_in_secret where action_id = :a")
                        .param("a", actionId)
                        .query(String.class)
                        .single());
    }

    private static byte[] randomSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** Whether the doors are open now: from two hours before the start until the end. */
    public boolean doorsOpen(ActionItem action) {
        Instant now = clock.instant();
        return !now.isBefore(action.startsAt().minus(DOORS_OPEN)) && !now.isAfter(action.endsAt());
    }

    private void requireDoorsOpen(ActionItem action) {
        if (!doorsOpen(action)) {
            throw new InvalidInputException("actions.error.doors-closed");
        }
    }

    private @Nullable ActionItem item(long actionId) {
        return jdbc.sql(ITEMS + "where a.id = :id")
                .param("id", actionId)
                .query(ITEM)
                .optional()
                .orElse(null);
    }

    /** An action of the caller's chapter (administrators: any); any other reads as not found. */
    private ActionItem staffAction(long actionId) {
        var user = currentUser.require();
        var action = item(actionId);
        if (action == null
                || (!user.isAdmin() && !Long.valueOf(action.chapterId()).equals(user.chapterId()))) {
            throw new InvalidInputException("actions.error.not-found");
        }
        return action;
    }

    private ActionItem delegatesAssembly(long actionId) {
        var action = staffAction(actionId);
        if (action.kind() != ActionKind.DELEGATES_ASSEMBLY) {
            throw new InvalidInputException("actions.error.not-delegates");
        }
        return action;
    }

    /** An action of the caller's own chapter, for checking in; any other reads as not found. */
    private ActionItem memberAction(long actionId, PathwaysUser user) {
        var action = item(actionId);
        if (action == null || !Long.valueOf(action.chapterId()).equals(user.chapterId())) {
            throw new InvalidInputException("actions.error.not-found");
        }
        return action;
    }

    private void requireInstitution(long chapterId, long institutionId) {
        boolean ours = jdbc.sql(
                        "select exists (select 1 from v_institution where id = :i and chapter_id = :c and active)")
                .param("i", institutionId)
                .param("c", chapterId)
                .query(Boolean.class)
                .single();
        if (!ours) {
            throw new InvalidInputException("actions.error.institution");
        }
    }

    private boolean isPerson(long chapterId, long personId) {
        return jdbc.sql("select exists (select 1 from v_person where id = :p and chapter_id = :c and active)")
                .param("p", personId)
                .param("c", chapterId)
                .query(Boolean.class)
                .single();
    }

    /** An active person of the chapter above the entry tier: who may bring people and pledge as a leader. */
    private boolean isLeader(long chapterId, long personId) {
        return jdbc.sql("""
                        select exists (select 1 from v_person_tier where person_id = :p and chapter_id = :c and active
                                       and rank > (select min(rank) from v_tier))""")
                .param("p", personId)
                .param("c", chapterId)
                .query(Boolean.class)
                .single();
    }

    private void requirePerson(long chapterId, long personId) {
        if (!isPerson(chapterId, personId)) {
            throw new InvalidInputException("actions.error.person");
        }
    }
}

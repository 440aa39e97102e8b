package org.communityorganising.pathways.listening;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communityorganising.pathways.base.ConcurrentChangeException;
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
 * Listening campaigns. A chapter's leads (administrators: any chapter) open and close them; its
 * trainers and leads read progress and the tally; every active person of the chapter logs while a
 * campaign runs, and undoes their own logs of the day. A campaign of another chapter reads as not
 * found, like one that does not exist. Nothing here holds a name or a story: counts and tags.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ListeningService {

    private static final RowMapper<CampaignItem> ITEM = Rows.byName(CampaignItem.class);
    private static final String ITEMS = """
            select c.id, c.chapter_id, c.name, c.starts_on, c.ends_on, c.target_per_leader, c.target_per_institution,
                   coalesce(t.people, 0) as people, coalesce(t.leaders, 0) as leaders, c.version
            from listening_campaign c
            left join lateral (select sum(l.people) as people, count(distinct l.person_id) as leaders
                               from listening_log l where l.campaign_id = c.id) t on true
            """;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ListeningService(JdbcClient jdbc, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Opens a campaign in the lead's chapter (an administrator names the chapter). */
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    public long open(long chapterId, CampaignForm form) {
        ChapterScope.requireChapter(currentUser.require(), chapterId);
        boolean chapter = jdbc.sql("select exists (select 1 from v_chapter where id = :id and active)")
                .param("id", chapterId)
                .query(Boolean.class)
                .single();
        if (!chapter) {
            throw new InvalidInputException("listening.error.chapter");
        }
        String name = PlainText.requiredLine(form.name(), CampaignForm.NAME_MAX, "listening.error.name");
        var starts = form.startsOn();
        var ends = form.endsOn();
        if (starts == null
                || ends == null
                || ends.isBefore(starts)
                || ChronoUnit.DAYS.between(starts, ends) > CampaignForm.DAYS_MAX
                || ends.isBefore(today())) {
            throw new InvalidInputException("listening.error.dates", CampaignForm.DAYS_MAX);
        }
        requireTarget(form.targetPerLeader(), CampaignForm.LEADER_TARGET_MAX);
        requireTarget(form.targetPerInstitution(), CampaignForm.INSTITUTION_TARGET_MAX);
        var tags = tags(form.tags());
        long id = jdbc.sql("""
                        insert into listening_campaign (chapter_id, name, starts_on, ends_on, target_per_leader,
                            target_per_institution, opened_by, created_at)
                        values (:chapter, :name, :starts, :ends, :leader, :institution, :by, :now) returning id""")
                .param("chapter", chapterId)
                .param("name", name)
                .param("starts", starts)
                .param("ends", ends)
                .param("leader", form.targetPerLeader(), java.sql.Types.INTEGER)
                .param("institution", form.targetPerInstitution(), java.sql.Types.INTEGER)
                .param("by", currentUser.require().personId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        int position = 1;
        for (String tag : tags) {
            jdbc.sql("insert into listening_tag (campaign_id, position, label) values (:c, :p, :l)")
                    .param("c", id)
                    .param("p", position++)
                    .param("l", tag)
                    .update();
        }
        events.publishEvent(new ListeningEvents.CampaignOpened(id, chapterId));
        return id;
    }

    /** Ends a running campaign today: nothing more is logged; what was logged stays. */
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    public void close(long campaignId, long version) {
        var campaign = staffCampaign(campaignId);
        if (campaign.endsOn().isBefore(today())) {
            throw new InvalidInputException("listening.error.closed");
        }
        if (campaign.startsOn().isAfter(today())) {
            // Closing ends it today; one that has not begun would stay open on its first day.
            throw new InvalidInputException("listening.error.not-started");
        }
        int updated = jdbc.sql("""
                        update listening_campaign set ends_on = greatest(starts_on, :today), version = version + 1
                        where id = :id and version = :version""")
                .param("today", today())
                .param("id", campaignId)
                .param("version", version)
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("listening campaign " + campaignId);
        }
        events.publishEvent(new ListeningEvents.CampaignClosed(campaignId));
    }

    /** A chapter's campaigns, newest first, for its trainers and leads. */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<CampaignItem> campaigns(long chapterId) {
        ChapterScope.requireChapter(currentUser.require(), chapterId);
        return jdbc.sql(ITEMS + "where c.chapter_id = :chapter order by c.starts_on desc, c.id desc limit 100")
                .param("chapter", chapterId)
                .query(ITEM)
                .list();
    }

    /**
     * A campaign's progress per leader and per institution and its tally of issues, for the
     * chapter's trainers and leads; a fixed number of statements whatever the number of logs.
     */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public CampaignProgress progress(long campaignId) {
        var campaign = staffCampaign(campaignId);
        var tags = tags(campaignId);
        Map<Long, Integer> tagIndex = new HashMap<>();
        for (int i = 0; i < tags.size(); i++) {
            tagIndex.put(tags.get(i).id(), i);
        }
        var leaders = jdbc.sql("""
                        select l.person_id, p.full_name, min(i.name) as institution,
                               count(*) filter (where l.kind = 'CONVERSATION') as conversations,
                               count(*) filter (where l.kind = 'HOUSE_MEETING') as house_meetings,
                               sum(l.people) as people
                        from listening_log l join v_person p on p.id = l.person_id
                        left join v_institution i on i.id = l.institution_id
                        where l.campaign_id = :c
                        group by l.person_id, p.full_name
                        order by sum(l.people) desc, p.full_name""")
                .param("c", campaignId)
                .query(CampaignProgress.Leader.ROW)
                .list();
        // Every institution of the chapter, those that logged nothing too: a target unmet shows.
        Map<Long, int[]> tally = new HashMap<>();
        int[] chapter = new int[tags.size()];
        jdbc.sql("select institution_id, tag_id, people from v_listening_tally where campaign_id = :c")
                .param("c", campaignId)
                .query((rs, row) -> {
                    long institution = rs.getLong("institution_id");
                    long key = rs.wasNull() ? 0 : institution;
                    Integer index = tagIndex.get(rs.getLong("tag_id"));
                    if (index != null) {
                        int people = rs.getInt("people");
                        tally.computeIfAbsent(key, k -> new int[tags.size()])[index] += people;
                        chapter[index] += people;
                    }
                    return null;
                })
                .list();
        Map<Long, Integer> peopleBy = new HashMap<>();
        jdbc.sql("""
                        select coalesce(institution_id, 0) as institution_id, sum(people) as people
                        from listening_log where campaign_id = :c group by 1""")
                .param("c", campaignId)
                .query((rs, row) -> peopleBy.put(rs.getLong("institution_id"), rs.getInt("people")))
                .list();
        List<CampaignProgress.Institution> institutions = new ArrayList<>();
        // The chapter's institutions, and any that were credited with logs before they left it.
        jdbc.sql("""
                        select id, name from v_institution
                        where (chapter_id = :chapter and active)
                           or id in (select institution_id from listening_log where campaign_id = :c)
                        order by name""")
                .param("chapter", campaign.chapterId())
                .param("c", campaignId)
                .query((rs, row) -> institutions.add(
                        institution(rs.getLong("id"), rs.getString("name"), peopleBy, tally, tags.size())))
                .list();
        if (peopleBy.containsKey(0L)) {
            institutions.add(institution(null, "", peopleBy, tally, tags.size()));
        }
        return new CampaignProgress(
                campaign,
                tags,
                leaders,
                institutions,
                Arrays.stream(chapter).boxed().toList());
    }

    private static CampaignProgress.Institution institution(
            @Nullable Long id, String name, Map<Long, Integer> people, Map<Long, int[]> tally, int tags) {
        long key = id == null ? 0 : id;
        return new CampaignProgress.Institution(
                id,
                name,
                people.getOrDefault(key, 0),
                Arrays.stream(tally.getOrDefault(key, new int[tags])).boxed().toList());
    }

    /** The campaigns of the signed-in person's chapter that run today, with what they logged. */
    @Transactional(readOnly = true)
    public List<MyListening> mine() {
        var user = currentUser.require();
        if (user.chapterId() == null) {
            return List.of();
        }
        var today = today();
        var campaigns = jdbc.sql(ITEMS + """
                        where c.chapter_id = :chapter and c.starts_on <= :today and c.ends_on >= :today
                        order by c.ends_on, c.id""")
                .param("chapter", user.chapterId())
                .param("today", today)
                .query(ITEM)
                .list();
        if (campaigns.isEmpty()) {
            return List.of();
        }
        String ids =
                ChapterScope.idArray(campaigns.stream().map(CampaignItem::id).toList());
        Map<Long, List<ListeningTag>> tags = new HashMap<>();
        jdbc.sql("""
                        select id, campaign_id, position, label from listening_tag
                        where campaign_id = any(cast(:ids as bigint[])) order by campaign_id, position""")
                .param("ids", ids)
                .query(Rows.byName(ListeningTag.class))
                .list()
                .forEach(tag -> tags.computeIfAbsent(tag.campaignId(), c -> new ArrayList<>())
                        .add(tag));
        Map<Long, int[]> counts = new HashMap<>();
        jdbc.sql("""
                        select l.campaign_id,
                               coalesce(sum(l.people) filter (where l.person_id = :me), 0) as mine,
                               coalesce(sum(l.people) filter (where l.institution_id = p.institution_id), 0) as institution
                        from listening_log l, v_person p
                        where p.id = :me and l.campaign_id = any(cast(:ids as bigint[]))
                        group by l.campaign_id""")
                .param("me", user.personId())
                .param("ids", ids)
                .query((rs, row) ->
                        counts.put(rs.getLong("campaign_id"), new int[] {rs.getInt("mine"), rs.getInt("institution")}))
                .list();
        Map<Long, List<MyListening.LogLine>> todays = new HashMap<>();
        jdbc.sql("""
                        select l.id, l.campaign_id, l.kind, l.people,
                               string_agg(t.label, ', ' order by t.position) as tags
                        from listening_log l
                        left join listening_log_tag lt on lt.log_id = l.id
                        left join listening_tag t on t.id = lt.tag_id
                        where l.person_id = :me and l.campaign_id = any(cast(:ids as bigint[])) and l.occurred_on = :today
                        group by l.id order by l.id desc""")
                .param("me", user.personId())
                .param("ids", ids)
                .param("today", today)
                .query((rs, row) -> todays.computeIfAbsent(rs.getLong("campaign_id"), c -> new ArrayList<>())
                        .add(new MyListening.LogLine(
                                rs.getLong("id"),
                                ListeningKind.valueOf(rs.getString("kind")),
                                rs.getInt("people"),
                                java.util.Objects.requireNonNullElse(rs.getString("tags"), ""))))
                .list();
        return campaigns.stream()
                .map(campaign -> {
                    int[] count = counts.getOrDefault(campaign.id(), new int[2]);
                    return new MyListening(
                            campaign,
                            tags.getOrDefault(campaign.id(), List.of()),
                            count[0],
                            count[1],
                            todays.getOrDefault(campaign.id(), List.of()));
                })
                .toList();
    }

    /**
     * Logs listening in a running campaign of the signed-in person's chapter: a conversation (one
     * person) or a house meeting (its people), with at least one of the campaign's tags.
     */
    public long log(long campaignId, LogForm form) {
        var user = currentUser.require();
        var campaign = memberCampaign(campaignId, user);
        if (!campaign.runningOn(today())) {
            throw new InvalidInputException("listening.error.not-running");
        }
        int people = form.kind() == ListeningKind.CONVERSATION ? 1 : form.people();
        if (people < 1 || people > LogForm.PEOPLE_MAX) {
            throw new InvalidInputException("listening.error.people", LogForm.PEOPLE_MAX);
        }
        var tags = tags(campaignId).stream().map(ListeningTag::id).toList();
        if (form.tagIds().isEmpty() || !tags.containsAll(form.tagIds())) {
            throw new InvalidInputException("listening.error.tags");
        }
        long id = jdbc.sql("""
                        insert into listening_log (campaign_id, person_id, institution_id, kind, occurred_on, people, created_at)
                        select :c, p.id, p.institution_id, :kind, :today, :people, :now from v_person p where p.id = :me
                        returning id""")
                .param("c", campaignId)
                .param("me", user.personId())
                .param("kind", form.kind().name())
                .param("today", today())
                .param("people", people)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        for (long tag : form.tagIds()) {
            jdbc.sql("insert into listening_log_tag (log_id, tag_id) values (:l, :t)")
                    .param("l", id)
                    .param("t", tag)
                    .update();
        }
        events.publishEvent(new ListeningEvents.Logged(id, campaignId, user.personId(), form.kind(), people));
        return id;
    }

    /** Undoes one of the signed-in person's own logs of today (a mistap); any other is left alone. */
    public void remove(long logId) {
        var user = currentUser.require();
        Long campaign = jdbc.sql("""
                        delete from listening_log where id = :id and person_id = :me and occurred_on = :today
                        returning campaign_id""")
                .param("id", logId)
                .param("me", user.personId())
                .param("today", today())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new InvalidInputException("listening.error.not-found"));
        events.publishEvent(new ListeningEvents.LogRemoved(logId, campaign, user.personId()));
    }

    private void requireTarget(@Nullable Integer target, int max) {
        if (target != null && (target < 1 || target > max)) {
            throw new InvalidInputException("listening.error.target", max);
        }
    }

    /** The tags typed one a line: trimmed, plain, unique ignoring case, 1 to 12 of up to 40 characters. */
    private static List<String> tags(@Nullable String text) {
        if (text == null) {
            throw new InvalidInputException("listening.error.tags-typed", CampaignForm.TAGS_MAX, CampaignForm.TAG_MAX);
        }
        var unique = new LinkedHashMap<String, String>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String tag = PlainText.requiredLine(line, CampaignForm.TAG_MAX, "listening.error.tag");
            unique.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
        }
        if (unique.isEmpty() || unique.size() > CampaignForm.TAGS_MAX) {
            throw new InvalidInputException("listening.error.tags-typed", CampaignForm.TAGS_MAX, CampaignForm.TAG_MAX);
        }
        return List.copyOf(new LinkedHashSet<>(unique.values()));
    }

    private List<ListeningTag> tags(long campaignId) {
        return jdbc.sql(
                        "select id, campaign_id, position, label from listening_tag where campaign_id = :c order by position")
                .param("c", campaignId)
                .query(Rows.byName(ListeningTag.class))
                .list();
    }

    private @Nullable CampaignItem item(long campaignId) {
        return jdbc.sql(ITEMS + "where c.id = :id")
                .param("id", campaignId)
                .query(ITEM)
                .optional()
                .orElse(null);
    }

    /** A campaign of the caller's chapter (administrators: any); another reads as not found. */
    private CampaignItem staffCampaign(long campaignId) {
        var user = currentUser.require();
        var campaign = item(campaignId);
        if (campaign == null
                || (!user.isAdmin() && !Long.valueOf(campaign.chapterId()).equals(user.chapterId()))) {
            throw new InvalidInputException("listening.error.not-found");
        }
        return campaign;
    }

    /** A campaign of the caller's own chapter, for logging; another reads as not found. */
    private CampaignItem memberCampaign(long campaignId, PathwaysUser user) {
        var campaign = item(campaignId);
        if (campaign == null || !Long.valueOf(campaign.chapterId()).equals(user.chapterId())) {
            throw new InvalidInputException("listening.error.not-found");
        }
        return campaign;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LondonTime.ZONE);
    }
}

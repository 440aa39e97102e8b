package org.communityorganising.pathways.attendance.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.communityorganising.pathways.attendance.AttendanceService;
import org.communityorganising.pathways.attendance.AttendanceStatus;
import org.communityorganising.pathways.attendance.MarkOutcome;
import org.communityorganising.pathways.attendance.RegisterRow;
import org.communityorganising.pathways.base.DatabaseUnavailable;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The people on a register, one card each: four big choices and a remark. Every change is saved
 * (a tap at once, a keyboard choice where the keys stop) and says so; if another trainer changed
 * the mark meanwhile, their newer mark is shown with who made it.
 *
 * <p>The cards are drawn in the browser ({@code register-list.js}, decision 0029) from one small
 * JSON object per person, not as server-side components: a register of 60 as components kept about
 * 1.2 MB per open register in the server's memory (decision 0010), this keeps the people's rows
 * only. Every card is in the document, so the page scrolls as any other and the keyboard and
 * screen readers reach every choice; a card's choices and remark are the browser's own radio
 * buttons (in a fieldset named after the person) and text field (decision 0027).
 *
 * <p>They were a Vaadin virtual list until decision 0029: it measured each of the 60 cards one by
 * one as it drew them, half a second of a phone's processor that a list shown whole does not need.
 * Now the browser is sent the first cards when the list is attached (so again after a
 * resynchronised page) and asks for the rest once the page has settled; after a change it is sent
 * only that card. The browser calls {@link #mark} and {@link #remark} with the version of the mark
 * the card showed; the server saves a choice only if it differs from the mark it holds and was not
 * made before the card showed another trainer's newer one, and checks the person, the status and
 * (in the service) everything else.
 */
@Tag(Tag.DIV)
class RegisterList extends Component {

    private static final Logger log = LoggerFactory.getLogger(RegisterList.class);

    /** Draws the cards and defines how each is filled again: see the script's own comments. */
    private static final String DRAW = script("register-list.js");

    /** The cards sent with the list: more than any screen shows at once (decision 0029). */
    private static final int FIRST_CARDS = 12;

    /**
     * One person's card: their row, what the card says under it, and the newest version of the mark
     * that someone else made and the card has been sent ({@code seen}). The list's own saves leave
     * {@code seen} as it was, so a trainer's quick second tap, made before the first one's answer,
     * still counts; a choice made on a card older than {@code seen} was made without seeing another
     * trainer's mark, and is refused (see {@link #mark}).
     */
    record Line(RegisterRow row, String state, boolean conflict, long seen) {

        Line(RegisterRow row, String state, boolean conflict) {
            this(row, state, conflict, row.version());
        }

        Line saved(RegisterRow newer, String newState) {
            return new Line(newer, newState, false, seen);
        }

        /** Made on a card that had not yet shown another person's newer mark. */
        boolean staleAt(long cardVersion) {
            return cardVersion < seen;
        }
    }

    private final transient AttendanceService attendance;
    private final long sessionId;
    private final Consumer<List<RegisterRow>> onChange;
    private final List<Line> lines = new ArrayList<>();
    private final boolean readOnly;

    /**
     * {@code onChange} hears the rows after every saved change (for the counts above the list);
     * {@code readOnly} before the register opens: the marks are shown, nothing can be changed.
     */
    RegisterList(
            AttendanceService attendance,
            long sessionId,
            List<RegisterRow> rows,
            boolean readOnly,
            Consumer<List<RegisterRow>> onChange) {
        this.attendance = attendance;
        this.sessionId = sessionId;
        this.readOnly = readOnly;
        this.onChange = onChange;
        rows.forEach(row -> lines.add(new Line(row, stateOf(row), false)));
        addClassName("register-list");
    }

    List<RegisterRow> rows() {
        return lines.stream().map(Line::row).toList();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        draw();
    }

    private void draw() {
        getElement().executeJs(DRAW, labels(), cards(0, FIRST_CARDS), lines.size());
    }

    /** The rest of the cards, which the browser asks for once the page has settled. */
    @ClientCallable
    ArrayNode rest() {
        return cards(FIRST_CARDS, lines.size());
    }

    private ArrayNode cards(int from, int to) {
        var people = JsonNodeFactory.instance.arrayNode();
        lines.subList(Math.min(from, lines.size()), Math.min(to, lines.size())).forEach(line -> people.add(json(line)));
        return people;
    }

    private void show(Line line) {
        getElement()
                .executeJs(
                        "this.registerShow($0)",
                        JsonNodeFactory.instance.arrayNode().add(json(line)));
    }

    /** What every card says the same way. */
    private ObjectNode labels() {
        var labels = JsonNodeFactory.instance.objectNode();
        for (AttendanceStatus status : AttendanceStatus.values()) {
            labels.put(status.name(), getTranslation(status.translationKey()));
        }
        labels.put("walkIn", getTranslation("register.walk-in"));
        labels.put("remarkPlaceholder", getTranslation("register.remark"));
        labels.put("remarkMax", AttendanceService.MAX_REMARK);
        labels.put("notAll", getTranslation("register.not-all"));
        return labels;
    }

    /** One person's card, as the script fills it. */
    private ObjectNode json(Line line) {
        RegisterRow row = line.row();
        var person = JsonNodeFactory.instance.objectNode();
        person.put("id", row.personId());
        person.put("name", row.fullName());
        person.put("institution", Objects.requireNonNullElse(row.institutionName(), ""));
        person.put("walkIn", row.walkIn());
        person.put("status", row.status() == null ? "" : row.status().name());
        person.put("statusLabel", getTranslation("register.status.label", row.fullName()));
        person.put("remark", Objects.requireNonNullElse(row.remark(), ""));
        person.put("remarkLabel", getTranslation("register.remark.label", row.fullName()));
        person.put("readOnly", readOnly);
        person.put("state", line.state());
        person.put("conflict", line.conflict());
        person.put("version", row.version());
        return person;
    }

    /**
     * A choice on a card, with the remark the card shows (one typed before the choice goes with it)
     * and the version of the mark the card showed when the choice was made. A choice made before the
     * card showed another trainer's newer mark is not saved: the card shows their mark instead, as
     * when the service finds one. Otherwise compared with the line as the server holds it now, not
     * as the card was drawn: a keyboard choice may come back to the saved mark while an earlier one
     * was saved.
     */
    @ClientCallable
    void mark(
            @Nullable JsonNode person,
            @Nullable JsonNode status,
            @Nullable JsonNode remark,
            @Nullable JsonNode cardVersion) {
        lineOf(person)
                .ifPresent(now -> statusIn(status)
                        .ifPresent(chosen -> versionIn(cardVersion).ifPresent(shown -> {
                            if (now.staleAt(shown)) {
                                showTheirs(now);
                            } else if (chosen != now.row().status()) {
                                String saved =
                                        Objects.requireNonNullElse(now.row().remark(), "");
                                save(
                                        now,
                                        chosen,
                                        now.row().status() == null && remark != null ? textIn(remark) : saved);
                            }
                        })));
    }

    /**
     * A remark typed on a card whose person is marked, with the version of the mark the card showed;
     * the service checks its length and text.
     */
    @ClientCallable
    void remark(@Nullable JsonNode person, @Nullable JsonNode text, @Nullable JsonNode cardVersion) {
        lineOf(person)
                .ifPresent(now -> versionIn(cardVersion).ifPresent(shown -> {
                    String typed = textIn(text);
                    if (now.staleAt(shown)) {
                        showTheirs(now);
                    } else if (now.row().status() != null
                            && !typed.equals(
                                    Objects.requireNonNullElse(now.row().remark(), ""))) {
                        save(now, now.row().status(), typed);
                    }
                }));
    }

    private void save(Line line, AttendanceStatus status, String remark) {
        if (readOnly) {
            return;
        }
        RegisterRow row = line.row();
        try {
            MarkOutcome outcome = attendance.mark(sessionId, row.personId(), status, remark, row.version());
            var saved = outcome.row();
            replace(
                    outcome.saved()
                            ? line.saved(
                                    saved,
                                    getTranslation(
                                            "register.saved",
                                            LondonTime.time(Objects.requireNonNull(saved.markedAt()), getLocale())))
                            : new Line(saved, conflictWith(saved), true));
            onChange.accept(rows());
        } catch (InvalidInputException refused) {
            replace(new Line(row, getTranslation(refused.messageKey(), refused.arguments()), true, line.seen()));
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.is(failure)) {
                throw failure;
            }
            // The database is restarting or out of reach: the mark was not confirmed. The card shows
            // the mark it had, and says so; the same tap works once the database is back.
            log.warn("Mark of person {} in session {} not saved: database unavailable", row.personId(), sessionId);
            replace(new Line(row, getTranslation("register.not-saved"), true, line.seen()));
        }
    }

    /** The card again as the list holds it, saying whose mark it is: the choice made on it was not saved. */
    private void showTheirs(Line line) {
        replace(new Line(line.row(), conflictWith(line.row()), true, line.seen()));
    }

    private String conflictWith(RegisterRow theirs) {
        return getTranslation(
                "register.conflict",
                Objects.requireNonNullElse(theirs.markedBy(), "—"),
                theirs.status() == null ? "—" : getTranslation(theirs.status().translationKey()));
    }

    /** The line of the person a card names: the browser may send any id, only this list's count. */
    private Optional<Line> lineOf(@Nullable JsonNode person) {
        if (person == null || !person.isString()) {
            return Optional.empty();
        }
        String id = person.asString();
        return lines.stream()
                .filter(line -> String.valueOf(line.row().personId()).equals(id))
                .findFirst();
    }

    private void replace(Line line) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).row().personId() == line.row().personId()) {
                lines.set(i, line);
                show(line);
                return;
            }
        }
    }

    private String stateOf(RegisterRow row) {
        return row.marked() && row.markedAt() != null
                ? getTranslation(
                        "register.marked-by",
                        Objects.requireNonNullElse(row.markedBy(), "—"),
                        LondonTime.time(row.markedAt(), getLocale()))
                : getTranslation("register.not-marked");
    }

    /** The client sends the status as a string: anything but one of the four names is ignored. */
    static Optional<AttendanceStatus> statusIn(@Nullable JsonNode sent) {
        if (sent == null || !sent.isString()) {
            return Optional.empty();
        }
        String name = sent.asString();
        for (AttendanceStatus status : AttendanceStatus.values()) {
            if (status.name().equals(name)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** The version of the mark a card showed, as the browser sends it: a whole number, else nothing. */
    static Optional<Long> versionIn(@Nullable JsonNode sent) {
        return sent != null && sent.isIntegralNumber() && sent.canConvertToLong()
                ? Optional.of(sent.asLong())
                : Optional.empty();
    }

    /** The remark as typed; the service checks its length and characters. */
    static String textIn(@Nullable JsonNode sent) {
        return sent != null && sent.isString() ? sent.asString() : "";
    }

    /** A script beside this class, without its whole-line comments: they would go with every page. */
    private static String script(String name) {
        try (var in = Objects.requireNonNull(RegisterList.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.strip().startsWith("//"))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

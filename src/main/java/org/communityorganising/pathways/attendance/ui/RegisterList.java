package org.communityorganising.pathways.attendance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
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
import tools.jackson.databind.node.ArrayNode;

/**
 * The people on a register, one card each: four big choices and a remark. Every change is saved
 * (a tap at once, a keyboard choice where the keys stop, below) and says so; if another trainer
 * changed the mark meanwhile, their newer mark is shown with who made it.
 *
 * <p>The cards are drawn in the browser from a template and one small JSON object per person (a
 * {@link LitRenderer} in a {@link VirtualList}), not as server-side components: a register of 60
 * as components kept about 1.2 MB per open register in the server's memory (some 1,200 elements),
 * this keeps the people's data only (docs/performance.md, "Heap per session"). The list is as tall
 * as its cards, so the page scrolls as before and every card is in the document for the keyboard
 * and for screen readers.
 *
 * <p>The choices and the remark are the browser's own radio buttons (in a fieldset named after the
 * person) and text field, not Vaadin's components: a phone drew 60 cards of Vaadin's radio groups and
 * text fields (360 web components) in one task of about half a second before the register showed
 * (docs/performance.md, decision 0027). {@code live} keeps each choice on the mark the server
 * holds, so a refused or unsaved tap returns to it; the remark is rewritten only when the server's
 * remark changes, so an answer arriving while someone types leaves their text alone.
 *
 * <p>A tap saves at once. The arrow keys walk through the choices, so a choice made from the
 * keyboard is saved once the keys rest (0.7 s), the focus leaves the card or another key is
 * pressed: from Present to Absent saves Absent, not Late and Apologies on the way, which the
 * history would keep as marks. The server saves only a choice that differs from the mark it holds.
 */
class RegisterList extends Composite<VirtualList<RegisterList.Line>> {

    private static final Logger log = LoggerFactory.getLogger(RegisterList.class);

    /** One person's card: their row and what the card says under it. */
    record Line(RegisterRow row, String state, boolean conflict) {}

    private static final String TEMPLATE = """
            <div class="register-row" id="register-row-${item.id}" data-status="${item.status || 'none'}">
              <div class="register-who">
                <a class="register-name" href="${item.href}">${item.name}</a>
                <span class="register-institution" ?hidden="${!item.institution}">${item.institution}</span>
                <span class="badge" ?hidden="${!item.walkIn}">${item.walkInLabel}</span>
              </div>
              <fieldset class="register-status" id="register-status-${item.id}" ?disabled="${item.readOnly}"
                  @change="${e => {
                    const choices = e.currentTarget;
                    const value = e.target.value;
                    if (choices.pendingMark && choices.pendingFor !== item.id) choices.sendMark();
                    clearTimeout(choices.pendingMark);
                    choices.pendingFor = item.id;
                    choices.sendMark = () => { clearTimeout(choices.pendingMark); choices.pendingMark = undefined; mark(value); };
                    if (e.target.matches(':focus-visible')) {
                      choices.pendingMark = setTimeout(choices.sendMark, 700);
                    } else {
                      choices.sendMark();
                    }
                  }}"
                  @focusout="${e => {
                    const choices = e.currentTarget;
                    if (choices.pendingMark && !choices.contains(e.relatedTarget)) choices.sendMark();
                  }}"
                  @keydown="${e => {
                    const choices = e.currentTarget;
                    if (choices.pendingMark && !['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', ' '].includes(e.key)) {
                      choices.sendMark();
                    }
                  }}">
                <legend class="sr-only">${item.statusLabel}</legend>
                <label class="register-choice"><input type="radio" name="register-status-${item.id}" value="PRESENT"
                    .checked="${live(item.status === 'PRESENT')}">${item.present}</label>
                <label class="register-choice"><input type="radio" name="register-status-${item.id}" value="LATE"
                    .checked="${live(item.status === 'LATE')}">${item.late}</label>
                <label class="register-choice"><input type="radio" name="register-status-${item.id}" value="APOLOGIES"
                    .checked="${live(item.status === 'APOLOGIES')}">${item.apologies}</label>
                <label class="register-choice"><input type="radio" name="register-status-${item.id}" value="ABSENT"
                    .checked="${live(item.status === 'ABSENT')}">${item.absent}</label>
              </fieldset>
              <input class="register-remark" id="register-remark-${item.id}" type="text"
                  placeholder="${item.remarkPlaceholder}" aria-label="${item.remarkLabel}" maxlength="${item.remarkMax}"
                  .value="${item.remark}" ?readonly="${item.readOnly}"
                  @change="${e => remark(e.target.value)}">
              <span class="register-state ${item.conflict ? 'register-conflict' : ''}" id="register-state-${item.id}"
                  aria-live="polite">${item.state}</span>
            </div>""";

    private final transient AttendanceService attendance;
    private final long sessionId;
    private final Consumer<List<RegisterRow>> onChange;
    private final List<Line> lines = new ArrayList<>();
    private final ListDataProvider<Line> provider = new ListDataProvider<>(lines) {
        @Override
        public Object getId(Line line) {
            return line.row().personId();
        }
    };
    private boolean readOnly;

    /** {@code onChange} hears the rows after every saved change (for the counts above the list). */
    RegisterList(
            AttendanceService attendance,
            long sessionId,
            List<RegisterRow> rows,
            Consumer<List<RegisterRow>> onChange) {
        this.attendance = attendance;
        this.sessionId = sessionId;
        this.onChange = onChange;
        rows.forEach(row -> lines.add(new Line(row, stateOf(row), false)));
        var list = getContent();
        list.addClassName("register-list");
        list.setRenderer(renderer());
        list.setDataProvider(provider);
        // Send every card with the page rather than when the browser asks for them: one round trip
        // less, and the cards are never drawn empty first and then moved (a layout shift).
        list.getDataCommunicator().setViewportRange(0, lines.size());
    }

    /** Before the register opens: the marks are shown, nothing can be changed. */
    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        provider.refreshAll();
    }

    List<RegisterRow> rows() {
        return lines.stream().map(Line::row).toList();
    }

    private LitRenderer<Line> renderer() {
        return LitRenderer.<Line>of(TEMPLATE)
                .withProperty("id", line -> line.row().personId())
                .withProperty("href", line -> "people/" + line.row().personId() + "/attendance")
                .withProperty("name", line -> line.row().fullName())
                .withProperty("institution", line -> line.row().institutionName())
                .withProperty("walkIn", line -> line.row().walkIn())
                .withProperty("walkInLabel", line -> getTranslation("register.walk-in"))
                .withProperty(
                        "status",
                        line -> line.row().status() == null
                                ? ""
                                : line.row().status().name())
                .withProperty(
                        "statusLabel",
                        line -> getTranslation(
                                "register.status.label", line.row().fullName()))
                .withProperty("present", line -> getTranslation(AttendanceStatus.PRESENT.translationKey()))
                .withProperty("late", line -> getTranslation(AttendanceStatus.LATE.translationKey()))
                .withProperty("apologies", line -> getTranslation(AttendanceStatus.APOLOGIES.translationKey()))
                .withProperty("absent", line -> getTranslation(AttendanceStatus.ABSENT.translationKey()))
                .withProperty(
                        "remark", line -> Objects.requireNonNullElse(line.row().remark(), ""))
                .withProperty("remarkPlaceholder", line -> getTranslation("register.remark"))
                .withProperty(
                        "remarkLabel",
                        line -> getTranslation(
                                "register.remark.label", line.row().fullName()))
                .withProperty("remarkMax", line -> AttendanceService.MAX_REMARK)
                .withProperty("readOnly", line -> readOnly)
                .withProperty("state", Line::state)
                .withProperty("conflict", Line::conflict)
                // Compared with the line as the server holds it now, not as the card was drawn: a
                // keyboard choice may come back to the saved mark after the card was redrawn.
                .withFunction(
                        "mark",
                        (line, args) -> statusIn(args).ifPresent(status -> {
                            Line now = current(line);
                            if (now != null && status != now.row().status()) {
                                save(
                                        now,
                                        status,
                                        Objects.requireNonNullElse(now.row().remark(), ""));
                            }
                        }))
                .withFunction("remark", (line, args) -> {
                    String text = textIn(args);
                    Line now = current(line);
                    if (now != null
                            && now.row().status() != null
                            && !text.equals(Objects.requireNonNullElse(now.row().remark(), ""))) {
                        save(now, now.row().status(), text);
                    }
                });
    }

    private void save(Line line, AttendanceStatus status, String remark) {
        Line current = current(line);
        if (readOnly || current == null) {
            return;
        }
        RegisterRow row = current.row();
        try {
            MarkOutcome outcome = attendance.mark(sessionId, row.personId(), status, remark, row.version());
            var saved = outcome.row();
            replace(
                    outcome.saved()
                            ? new Line(
                                    saved,
                                    getTranslation(
                                            "register.saved",
                                            LondonTime.time(Objects.requireNonNull(saved.markedAt()), getLocale())),
                                    false)
                            : new Line(
                                    saved,
                                    getTranslation(
                                            "register.conflict",
                                            Objects.requireNonNullElse(saved.markedBy(), "—"),
                                            saved.status() == null
                                                    ? "—"
                                                    : getTranslation(
                                                            saved.status().translationKey())),
                                    true));
            onChange.accept(rows());
        } catch (InvalidInputException refused) {
            replace(new Line(row, getTranslation(refused.messageKey(), refused.arguments()), true));
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.is(failure)) {
                throw failure;
            }
            // The database is restarting or out of reach: the mark was not confirmed. The card shows
            // the mark it had, and says so; the same tap works once the database is back.
            log.warn("Mark of person {} in session {} not saved: database unavailable", row.personId(), sessionId);
            replace(new Line(row, getTranslation("register.not-saved"), true));
        }
    }

    /** The line as it is now: a tap may name a line the list has replaced since it was drawn. */
    private @Nullable Line current(Line line) {
        long personId = line.row().personId();
        return lines.stream()
                .filter(candidate -> candidate.row().personId() == personId)
                .findFirst()
                .orElse(null);
    }

    private void replace(Line line) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).row().personId() == line.row().personId()) {
                lines.set(i, line);
                provider.refreshItem(line);
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
    static Optional<AttendanceStatus> statusIn(ArrayNode args) {
        if (args.isEmpty() || !args.get(0).isString()) {
            return Optional.empty();
        }
        String name = args.get(0).asString();
        for (AttendanceStatus status : AttendanceStatus.values()) {
            if (status.name().equals(name)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** The remark as typed; the service checks its length and characters. */
    static String textIn(ArrayNode args) {
        return !args.isEmpty() && args.get(0).isString() ? args.get(0).asString() : "";
    }
}

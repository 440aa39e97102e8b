package org.communityorganising.pathways.attendance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Objects;
import org.communityorganising.pathways.attendance.AttendanceService;
import org.communityorganising.pathways.attendance.AttendanceStatus;
import org.communityorganising.pathways.attendance.MarkOutcome;
import org.communityorganising.pathways.attendance.RegisterRow;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;

/**
 * One person on the register: four big choices and a remark. Every change is saved at once and
 * says so; if another trainer changed the mark meanwhile, their newer mark is shown with who made it.
 */
class RegisterRowCard extends Composite<Div> {

    private final transient AttendanceService attendance;
    private final long sessionId;
    private final RadioButtonGroup<AttendanceStatus> status = new RadioButtonGroup<>();
    private final TextField remark = new TextField();
    private final Span state = new Span();
    private RegisterRow row;
    private boolean updating;

    private final transient Runnable onChange;

    /** Before the register opens: the marks are shown, nothing can be changed. */
    void setReadOnly(boolean readOnly) {
        status.setReadOnly(readOnly);
        remark.setReadOnly(readOnly);
    }

    RegisterRowCard(AttendanceService attendance, long sessionId, RegisterRow row, Runnable onChange) {
        this.onChange = onChange;
        this.attendance = attendance;
        this.sessionId = sessionId;
        this.row = row;
        var card = getContent();
        card.addClassName("register-row");
        card.setId("register-row-" + row.personId());

        // The name opens the person's attendance record (every course, every change of a mark).
        var name =
                new com.vaadin.flow.component.html.Anchor("people/" + row.personId() + "/attendance", row.fullName());
        name.addClassName("register-name");
        var who = new Div(name);
        who.addClassName("register-who");
        if (row.institutionName() != null) {
            var institution = new Span(row.institutionName());
            institution.addClassName("register-institution");
            who.add(institution);
        }
        if (row.walkIn()) {
            var walkIn = new Span(getTranslation("register.walk-in"));
            walkIn.addClassName("badge");
            who.add(walkIn);
        }

        status.setAriaLabel(getTranslation("register.status.label", row.fullName()));
        status.setItems(AttendanceStatus.values());
        status.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        status.addClassName("register-status");
        status.setId("register-status-" + row.personId());
        remark.setPlaceholder(getTranslation("register.remark"));
        remark.setAriaLabel(getTranslation("register.remark.label", row.fullName()));
        remark.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        remark.setMaxLength(AttendanceService.MAX_REMARK);
        remark.addClassName("register-remark");
        remark.setId("register-remark-" + row.personId());
        state.addClassName("register-state");
        state.getElement().setAttribute("aria-live", "polite");
        state.setId("register-state-" + row.personId());

        card.add(who, status, remark, state);
        show(row);
        status.addValueChangeListener(event -> {
            if (!updating && event.isFromClient() && event.getValue() != null) {
                save(event.getValue(), remark.getValue());
            }
        });
        remark.addValueChangeListener(event -> {
            if (!updating && event.isFromClient() && status.getValue() != null) {
                save(status.getValue(), event.getValue());
            }
        });
    }

    long personId() {
        return row.personId();
    }

    boolean marked() {
        return row.marked();
    }

    RegisterRow row() {
        return row;
    }

    void show(RegisterRow newer) {
        row = newer;
        updating = true;
        try {
            status.setValue(newer.status());
            remark.setValue(Objects.requireNonNullElse(newer.remark(), ""));
        } finally {
            updating = false;
        }
        getContent()
                .getElement()
                .setAttribute(
                        "data-status",
                        newer.status() == null ? "none" : newer.status().name());
        if (newer.marked() && newer.markedAt() != null) {
            state.setText(getTranslation(
                    "register.marked-by",
                    Objects.requireNonNullElse(newer.markedBy(), "—"),
                    LondonTime.time(newer.markedAt(), getLocale())));
        } else {
            state.setText(getTranslation("register.not-marked"));
        }
        state.removeClassName("register-conflict");
    }

    private void save(AttendanceStatus value, String text) {
        try {
            MarkOutcome outcome = attendance.mark(sessionId, row.personId(), value, text, row.version());
            show(outcome.row());
            onChange.run();
            if (outcome.saved()) {
                state.setText(getTranslation(
                        "register.saved",
                        LondonTime.time(Objects.requireNonNull(outcome.row().markedAt()), getLocale())));
            } else {
                state.setText(getTranslation(
                        "register.conflict",
                        Objects.requireNonNullElse(outcome.row().markedBy(), "—"),
                        outcome.row().status() == null
                                ? "—"
                                : getTranslation(outcome.row().status().translationKey())));
                state.addClassName("register-conflict");
            }
        } catch (InvalidInputException refused) {
            show(row);
            state.setText(getTranslation(refused.messageKey(), refused.arguments()));
            state.addClassName("register-conflict");
        }
    }
}

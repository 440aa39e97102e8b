package org.communityorganising.pathways.progression.ui;

import static org.springframework.data.domain.PageRequest.of;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.communityorganising.pathways.base.ConcurrentChangeException;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.ChapterChoice;
import org.communityorganising.pathways.base.ui.Icons;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.chapter.ChapterOption;
import org.communityorganising.pathways.chapter.ChapterService;
import org.communityorganising.pathways.progression.mentoring.MentoringService;
import org.communityorganising.pathways.progression.mentoring.PairItem;
import org.communityorganising.pathways.progression.mentoring.PairOutcome;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;

/**
 * A chapter's mentoring pairs for its trainers and leads (administrators pick the chapter): open
 * ones first, overdue ones marked, with a way to pair a mentor and to end a pair. Meetings stay
 * between the two: this page shows their number and the latest confirmed day, never more.
 */
@Route("mentoring")
@RolesAllowed({AppRoles.TRAINER, AppRoles.CHAPTER_LEAD, AppRoles.ADMIN})
@Menu(order = 28, title = "nav.mentoring", icon = "handshake")
class MentoringView extends Main implements HasDynamicTitle {

    private final transient MentoringService mentoring;
    private final Grid<PairItem> grid = new Grid<>();
    private final Paragraph none = new Paragraph();
    private long chapterId;

    MentoringView(MentoringService mentoring, ChapterService chapters, CurrentUser currentUser) {
        this.mentoring = mentoring;
        addClassName("view");
        setId("mentoring-view");
        var user = currentUser.require();
        var pair = new Button(
                getTranslation("mentoring.pair"),
                Icons.PLUS.create(),
                event -> new PairDialog(mentoring, chapterId, () -> {
                            Notifications.success(getTranslation("mentoring.paired"));
                            refresh();
                        })
                        .open());
        pair.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pair.setId("mentoring-pair");
        var chapter = ChapterChoice.of(
                user.chapterId(),
                user.isAdmin(),
                chapters::chapterOptions,
                ChapterOption::name,
                ChapterOption::id,
                getTranslation("mentoring.chapter"),
                "mentoring-chapter",
                id -> chapterId = id,
                this::refresh);
        Component[] actions = chapter == null ? new Component[] {pair} : new Component[] {chapter, pair};
        add(new ViewToolbar(getTranslation("mentoring.title"), actions));
        var settings = mentoring.settings();
        add(new Paragraph(getTranslation(
                "mentoring.intro",
                settings.expectedMeetings(),
                settings.expectedMonths(),
                settings.overdueAfterDays(),
                settings.maxMentees())));

        none.setText(getTranslation("mentoring.none"));
        none.setId("mentoring-none");
        grid.setId("mentoring-grid");
        grid.setAriaLabel(getTranslation("mentoring.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(item -> {
                    var who = new Span(getTranslation("mentoring.who", item.mentorName(), item.menteeName()));
                    who.addClassName("review-who");
                    var cell = new Div(
                            who,
                            new Span(
                                    getTranslation("mentoring.since", LondonTime.date(item.startedOn(), getLocale()))));
                    cell.addClassName("review-entry");
                    return cell;
                })
                .setHeader(getTranslation("mentoring.column.pair"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::state)
                .setHeader(getTranslation("mentoring.column.meetings"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::endButtons)
                .setHeader(getTranslation("mentoring.column.end"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(
                query -> mentoring.inChapter(chapterId, false, of(query.getPage(), query.getPageSize())).stream(),
                query -> mentoring.countInChapter(chapterId, false));
        add(none, grid);
        refresh();
    }

    private Component state(PairItem item) {
        var cell = new Div(new Span(getTranslation(
                "mentoring.meetings",
                item.confirmed(),
                mentoring.settings().expectedMeetings(),
                item.lastConfirmed() == null
                        ? getTranslation("mentoring.never")
                        : LondonTime.date(item.lastConfirmed(), getLocale()))));
        if (item.waiting() > 0) {
            cell.add(new Span(" " + getTranslation("mentoring.waiting", item.waiting())));
        }
        var outcome = item.outcome();
        String badge = outcome != null
                ? getTranslation(outcome.translationKey())
                : item.overdue() ? getTranslation("mentoring.overdue") : null;
        if (badge != null) {
            var mark = new Span(badge);
            mark.addClassNames(
                    "badge",
                    outcome == null
                            ? "mentoring-overdue"
                            : "mentoring-" + outcome.name().toLowerCase(Locale.ROOT));
            mark.setId("mentoring-state-" + item.id());
            cell.add(new Span(" "), mark);
        }
        return cell;
    }

    private Component endButtons(PairItem item) {
        var ended = item.endedOn();
        if (ended != null) {
            return new Span(LondonTime.date(ended, getLocale()));
        }
        var end = new Button(getTranslation("mentoring.end"), event -> confirmEnd(item));
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        end.setAriaLabel(getTranslation("mentoring.end.label", item.mentorName(), item.menteeName()));
        end.setId("mentoring-end-" + item.id());
        return end;
    }

    private void confirmEnd(PairItem item) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("mentoring.end.title", item.mentorName(), item.menteeName()));
        dialog.setText(getTranslation("mentoring.end.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("mentoring.end.cancel"));
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation(PairOutcome.ENDED_EARLY.translationKey()));
        dialog.setConfirmText(getTranslation(PairOutcome.COMPLETED.translationKey()));
        dialog.addConfirmListener(event -> end(item, PairOutcome.COMPLETED));
        dialog.addRejectListener(event -> end(item, PairOutcome.ENDED_EARLY));
        dialog.setId("mentoring-end-dialog");
        dialog.open();
    }

    private void end(PairItem item, PairOutcome outcome) {
        try {
            mentoring.end(item.id(), outcome, item.version());
            Notifications.success(getTranslation("mentoring.ended"));
        } catch (InvalidInputException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
        } catch (ConcurrentChangeException changed) {
            Notifications.error(getTranslation("form.error.concurrent"));
        }
        refresh();
    }

    private void refresh() {
        boolean empty = mentoring.countInChapter(chapterId, false) == 0;
        none.setVisible(empty);
        grid.setVisible(!empty);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mentoring.title") + " · " + getTranslation("app.name");
    }
}

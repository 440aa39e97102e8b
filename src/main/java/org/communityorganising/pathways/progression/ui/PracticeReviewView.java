package org.communityorganising.pathways.progression.ui;

import static org.springframework.data.domain.PageRequest.of;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import org.communityorganising.pathways.base.ConcurrentChangeException;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.DurationText;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.people.PeopleService;
import org.communityorganising.pathways.progression.practice.PracticeForm;
import org.communityorganising.pathways.progression.practice.PracticeReviewItem;
import org.communityorganising.pathways.progression.practice.PracticeService;
import org.communityorganising.pathways.progression.promotions.PromotionService;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;

/**
 * Practice waiting for review in the trainer's or lead's chapter, oldest first: confirm it (it
 * counts from now on) or query it with a comment the person reads. Nobody sees their own here.
 */
@Route("practice-review")
@RolesAllowed({AppRoles.TRAINER, AppRoles.CHAPTER_LEAD, AppRoles.ADMIN})
@Menu(order = 25, title = "nav.practice-review", icon = "check-square")
class PracticeReviewView extends Main implements HasDynamicTitle {

    private final transient PracticeService practice;
    private final Grid<PracticeReviewItem> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    PracticeReviewView(
            PracticeService practice, PromotionService promotions, PeopleService people, CurrentUser currentUser) {
        this.practice = practice;
        addClassName("view");
        setId("practice-review-view");
        var nominate =
                NominateDialog.button(promotions, people, currentUser.require().chapterId(), () -> {});
        add(new ViewToolbar(getTranslation("review.title"), nominate));
        add(new Paragraph(getTranslation("review.intro")));

        grid.setId("review-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("review.title"));
        // One column for the entry and one for the buttons: on a phone both fit, the buttons in reach.
        grid.addComponentColumn(this::entry)
                .setHeader(getTranslation("review.column.entry"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("review.column.actions"))
                .setAutoWidth(true);
        grid.setItems(
                query -> practice.waiting(of(query.getPage(), query.getPageSize())).stream(),
                query -> practice.countWaiting());
        empty.setText(getTranslation("review.none"));
        empty.setId("review-none");
        add(empty, grid);
        refresh();
    }

    private Component entry(PracticeReviewItem item) {
        var who = new Span(item.personName());
        who.addClassName("review-who");
        var what = new Span(getTranslation(item.kind().translationKey()) + " · "
                + LondonTime.date(item.occurredOn(), getLocale())
                + (item.durationMinutes() == null ? "" : " · " + DurationText.of(this, item.durationMinutes())));
        var entry = new Div(who, what);
        String details = details(item);
        if (!details.isBlank()) {
            entry.add(new Span(details));
        }
        entry.addClassName("review-entry");
        return entry;
    }

    private String details(PracticeReviewItem item) {
        if (item.kind().hasTurnout()) {
            return getTranslation(
                    "review.turnout",
                    item.role() == null ? "" : getTranslation(item.role().translationKey()),
                    item.turnoutPledged() == null ? "–" : item.turnoutPledged(),
                    item.turnoutDelivered() == null ? "–" : item.turnoutDelivered());
        }
        return item.counterpartInstitution() == null ? "" : item.counterpartInstitution();
    }

    private Component actions(PracticeReviewItem item) {
        String what = item.personName() + ", " + getTranslation(item.kind().translationKey()) + ", "
                + LondonTime.date(item.occurredOn(), getLocale());
        var confirm = new Button(
                getTranslation("review.confirm"),
                event -> act(() -> {
                    practice.confirm(item.id(), item.version());
                    Notifications.success(getTranslation("review.confirmed"));
                }));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        confirm.setAriaLabel(getTranslation("review.confirm.label", what));
        confirm.setId("review-confirm-" + item.id());
        var query = new Button(
                getTranslation("review.query"),
                event -> new CommentDialog(
                                getTranslation("review.query.title", what),
                                getTranslation("review.query"),
                                getTranslation("review.query.comment"),
                                getTranslation("review.query.help"),
                                true,
                                PracticeForm.COMMENT_MAX,
                                comment -> {
                                    practice.query(item.id(), item.version(), comment);
                                    Notifications.success(getTranslation("review.queried"));
                                    refresh();
                                })
                        .open());
        query.addThemeVariants(ButtonVariant.LUMO_SMALL);
        query.setAriaLabel(getTranslation("review.query.label", what));
        query.setId("review-query-" + item.id());
        var buttons = new Div(confirm, query);
        buttons.addClassName("review-actions");
        return buttons;
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
        } catch (ConcurrentChangeException changed) {
            Notifications.error(getTranslation("form.error.concurrent"));
        }
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        boolean none = practice.countWaiting() == 0;
        empty.setVisible(none);
        grid.setVisible(!none);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " · " + getTranslation("app.name");
    }
}

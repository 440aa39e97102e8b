package org.communityorganising.pathways.progression.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.Fact;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.RouteIds;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.progression.promotions.PromotionDetail;
import org.communityorganising.pathways.progression.promotions.PromotionService;
import org.communityorganising.pathways.progression.tiers.TierService;
import org.communityorganising.pathways.security.AppRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One promotion request: the evidence frozen when it was made beside today's, the reason of a
 * nomination, approvals so far, and Approve / Refuse for someone who may decide it. A request of
 * another chapter reads as "not found".
 */
@Route("promotions/:requestId(\\d+)")
@RolesAllowed({AppRoles.CHAPTER_LEAD, AppRoles.ADMIN})
class PromotionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PromotionService promotions;
    private final transient TierService tiers;
    private @Nullable PromotionDetail detail;

    PromotionView(PromotionService promotions, TierService tiers) {
        this.promotions = promotions;
        this.tiers = tiers;
        addClassName("view");
        setId("promotion-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var requested = RouteIds.id(event, "requestId");
        if (requested.isEmpty()) {
            return;
        }
        try {
            render(requested.getAsLong());
        } catch (InvalidInputException | AccessDeniedException notYours) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(long requestId) {
        var shown = promotions.detail(requestId);
        detail = shown;
        removeAll();
        add(new ViewToolbar(getTranslation("promotion.title", shown.personName(), shown.toName(getLocale()))));
        add(new RouterLink(getTranslation("promotion.back"), PromotionsView.class));

        var facts = new Div();
        facts.addClassName("facts");
        facts.add(new Fact(getTranslation("promotion.from"), shown.fromName(getLocale())));
        facts.add(new Fact(getTranslation("promotion.to"), shown.toName(getLocale())));
        facts.add(new Fact(
                getTranslation("promotion.requested"),
                LondonTime.dateTime(shown.request().requestedAt(), getLocale())));
        facts.add(new Fact(
                getTranslation("promotion.how"),
                shown.request().nominatedBy() == null
                        ? getTranslation("promotions.self")
                        : getTranslation("promotions.by", shown.request().nominatedBy())));
        facts.add(new Fact(getTranslation("promotion.status"), getTranslation("promotion.status." + shown.status())));
        var standing = new Fact(
                getTranslation("promotion.standing", shown.fromName(getLocale())),
                getTranslation(shown.standing().state().translationKey()) + " · "
                        + StandingText.aboutLeader(
                                this,
                                getLocale(),
                                shown.standing().state(),
                                shown.standing().keptUntil()));
        standing.setId("promotion-standing");
        facts.add(standing);
        add(facts);
        if (shown.request().reason() != null) {
            var reason = new Paragraph(
                    getTranslation("promotion.reason", shown.request().reason()));
            reason.setId("promotion-reason");
            add(reason);
        }

        Map<Integer, String> names =
                tiers.ladder().stream().collect(Collectors.toMap(step -> step.rank(), step -> step.name(getLocale())));
        var snapshot = new Section(
                new H2(getTranslation("promotion.snapshot")), new RequirementList(shown.snapshot(), names, false));
        snapshot.setId("promotion-snapshot");
        var today = new Section(
                new H2(getTranslation("promotion.today")), new RequirementList(shown.today(), names, false));
        today.setId("promotion-today");
        var evidence = new Div(snapshot, today);
        evidence.addClassName("evidence-side-by-side");
        add(evidence);

        var approvals = new Section(
                new H2(getTranslation("promotion.approvals", shown.approvals().size(), shown.needed())));
        approvals.setId("promotion-approvals");
        var list = new UnorderedList();
        for (var approval : shown.approvals()) {
            list.add(new ListItem(getTranslation(
                    "promotion.approved-by",
                    approval.approverName(),
                    LondonTime.dateTime(approval.approvedAt(), getLocale()),
                    approval.comment() == null ? "" : approval.comment())));
        }
        approvals.add(list);
        add(approvals);
        if (shown.request().decidedBy() != null && shown.request().decidedAt() != null) {
            add(new Paragraph(getTranslation(
                    "promotion.decided",
                    shown.request().decidedBy(),
                    LondonTime.dateTime(shown.request().decidedAt(), getLocale()),
                    shown.request().decisionComment() == null
                            ? ""
                            : shown.request().decisionComment())));
        }
        if (shown.mayDecide()) {
            if (shown.mayNotApproveKey() != null) {
                var why = new Paragraph(getTranslation(shown.mayNotApproveKey()));
                why.setId("promotion-may-not-approve");
                add(why);
            }
            add(decisionButtons(shown));
        } else if (shown.notYoursKey() != null && "PENDING".equals(shown.status())) {
            var why = new Paragraph(getTranslation(shown.notYoursKey()));
            why.setId("promotion-not-yours");
            add(why);
        }
    }

    private Div decisionButtons(PromotionDetail shown) {
        var approve = new Button(
                getTranslation("promotion.approve"),
                event -> new CommentDialog(
                                getTranslation(
                                        "promotion.approve.title", shown.personName(), shown.toName(getLocale())),
                                getTranslation("promotion.approve"),
                                getTranslation("promotion.comment"),
                                getTranslation("promotion.approve.help"),
                                false,
                                PromotionService.REASON_MAX,
                                comment -> {
                                    promotions.approve(shown.id(), comment);
                                    Notifications.success(getTranslation("promotion.approved"));
                                    render(shown.id());
                                })
                        .open());
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setId("promotion-approve");
        var refuse = new Button(
                getTranslation("promotion.refuse"),
                event -> new CommentDialog(
                                getTranslation("promotion.refuse.title", shown.personName(), shown.toName(getLocale())),
                                getTranslation("promotion.refuse"),
                                getTranslation("promotion.comment"),
                                getTranslation("promotion.refuse.help"),
                                true,
                                PromotionService.REASON_MAX,
                                comment -> {
                                    promotions.refuse(shown.id(), comment);
                                    Notifications.success(getTranslation("promotion.refused"));
                                    render(shown.id());
                                })
                        .open());
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        refuse.setId("promotion-refuse");
        // A second approver below the tier may still refuse; Approve is not offered at all.
        approve.setVisible(shown.mayApprove());
        var buttons = new Div(approve, refuse);
        buttons.addClassName("decision-actions");
        return buttons;
    }

    @Override
    public String getPageTitle() {
        var shown = detail;
        return (shown == null ? "" : shown.personName() + " · ") + getTranslation("promotions.title") + " · "
                + getTranslation("app.name");
    }
}

package org.communityorganising.pathways.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.Fact;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.dashboard.DashboardService;
import org.communityorganising.pathways.dashboard.InstitutionPage;
import org.communityorganising.pathways.security.AppRoles;

/** One member institution: its people by tier and its activity as counts, never their content. */
@Route("chapter/institutions/:institutionId(\\d{1,18})")
@RolesAllowed({AppRoles.CHAPTER_LEAD, AppRoles.ADMIN})
class InstitutionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient DashboardService dashboards;
    private String title = "";

    InstitutionView(DashboardService dashboards) {
        this.dashboards = dashboards;
        addClassName("view");
        setId("institution-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var page = dashboards.institution(
                Long.parseLong(event.getRouteParameters().get("institutionId").orElseThrow()));
        var health = page.health();
        title = health.name();
        var back = new Anchor("chapter?chapter=" + page.chapterId(), getTranslation("dashboard.back"));
        back.setId("dashboard-back");
        add(new ViewToolbar(title, back));

        var status = new Span(
                getTranslation("dashboard.status." + health.status().name().toLowerCase(Locale.ROOT)));
        status.addClassNames("badge", "status-" + health.status().name().toLowerCase(Locale.ROOT));
        status.setId("institution-status");
        var facts = new Div(
                new Fact(getTranslation("dashboard.column.people"), String.valueOf(health.people())),
                new Fact(getTranslation("dashboard.column.leaders"), String.valueOf(health.leaders())),
                new Fact(getTranslation("dashboard.column.core-team"), String.valueOf(health.coreTeam())),
                new Fact(getTranslation("dashboard.column.one-to-ones"), String.valueOf(health.oneToOnes())),
                new Fact(
                        getTranslation("dashboard.column.attendance"),
                        health.attendancePercent() == null ? "–" : health.attendancePercent() + "%"),
                new Fact(
                        getTranslation("dashboard.institution.sessions-attended"),
                        String.valueOf(page.sessionsAttendedLastYear())),
                new Fact(
                        getTranslation("dashboard.column.last-activity"),
                        health.lastActivity() == null
                                ? getTranslation("dashboard.none")
                                : LondonTime.date(health.lastActivity(), getLocale())));
        facts.addClassName("facts");
        facts.setId("institution-facts");
        add(new Paragraph(status), facts);

        var byTier = new Section(new H2(getTranslation("dashboard.institution.people")));
        byTier.setId("institution-people");
        for (var tier : page.tiers().reversed()) {
            var members =
                    page.members().stream().filter(m -> m.rank() == tier.rank()).toList();
            if (members.isEmpty()) {
                continue;
            }
            var list = new UnorderedList();
            members.forEach(member -> list.add(
                    new ListItem(new Anchor("people/" + member.personId() + "/attendance", member.fullName()))));
            byTier.add(
                    new com.vaadin.flow.component.html.H3(tier.name(getLocale()) + " (" + members.size() + ")"), list);
        }
        if (page.members().isEmpty()) {
            byTier.add(new Paragraph(getTranslation("dashboard.institution.nobody")));
        }
        var practice = new Section(new H2(getTranslation("dashboard.institution.practice")));
        practice.setId("institution-practice");
        if (page.practiceLastYear().isEmpty()) {
            practice.add(new Paragraph(getTranslation("dashboard.institution.no-practice")));
        } else {
            var list = new UnorderedList();
            for (InstitutionPage.KindCount kind : page.practiceLastYear()) {
                list.add(new ListItem(getTranslation("practice.kind." + kind.kind()) + ": " + kind.count()));
            }
            practice.add(list);
        }
        add(byTier, practice);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}

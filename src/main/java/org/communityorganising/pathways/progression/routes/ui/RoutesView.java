package org.communityorganising.pathways.progression.routes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.communityorganising.pathways.base.ui.Icons;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.progression.routes.AccreditedRoute;
import org.communityorganising.pathways.progression.routes.RouteBucket;
import org.communityorganising.pathways.progression.routes.RouteService;
import org.communityorganising.pathways.security.AppRoles;

/** The accredited routes, for administrators: each with its buckets and durations, to create or change. */
@Route("routes")
@RolesAllowed(AppRoles.ADMIN)
class RoutesView extends Main implements HasDynamicTitle {

    private final transient RouteService routes;

    RoutesView(RouteService routes) {
        this.routes = routes;
        addClassName("view");
        setId("routes-view");
        render();
    }

    private void render() {
        removeAll();
        var create = new Button(getTranslation("routes.new"), Icons.PLUS.create(), click -> edit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("routes-new");
        add(new ViewToolbar(getTranslation("routes.title"), create));
        add(new Paragraph(getTranslation("routes.intro")));
        add(new Paragraph(new RouterLink(getTranslation("routes.to-portfolios"), PortfoliosView.class)));
        var all = routes.all();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("routes.none")));
        }
        for (var route : all) {
            var card = new Div();
            card.addClassName("credential-card");
            card.setId("route-" + route.id());
            card.add(new H2(route.name(getLocale())));
            card.add(new Paragraph(
                    getTranslation("routes.summary", route.awardingBody(), route.minMonths(), route.maxMonths())));
            if (!route.active()) {
                var closed = new Span(getTranslation("routes.closed"));
                closed.addClassName("badge");
                card.add(closed);
            }
            var buckets = new UnorderedList();
            route.buckets().forEach(bucket -> buckets.add(new ListItem(bucketText(bucket))));
            card.add(buckets);
            var edit = new Button(getTranslation("routes.edit.button"), click -> edit(route));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("routes.edit", route.name(getLocale())));
            edit.setId("route-edit-" + route.id());
            card.add(edit);
            add(card);
        }
    }

    private String bucketText(RouteBucket bucket) {
        List<String> sources = new ArrayList<>();
        if (bucket.countsTraining()) {
            sources.add(getTranslation("portfolio.source.sessions"));
        }
        bucket.practiceKinds().forEach(kind -> sources.add(getTranslation(kind.translationKey())));
        return getTranslation("routes.bucket.summary", bucket.name(getLocale()), bucket.hours()) + " — "
                + String.join(", ", sources);
    }

    private void edit(@org.jspecify.annotations.Nullable AccreditedRoute route) {
        new RouteDialog(routes, route, () -> {
                    Notifications.success(getTranslation("routes.saved"));
                    render();
                })
                .open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("routes.title") + " · " + getTranslation("app.name");
    }
}

package org.communityorganising.pathways.progression.routes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Set;
import java.util.stream.Collectors;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.progression.routes.AccreditedRoute;
import org.communityorganising.pathways.progression.routes.PortfolioListItem;
import org.communityorganising.pathways.progression.routes.PortfolioService;
import org.communityorganising.pathways.progression.routes.PortfolioStatus;
import org.communityorganising.pathways.progression.routes.RouteService;

/**
 * "My accredited routes": the routes the leader follows, each with the buckets signed off and its
 * deadline, and the routes they may join — each described by what it asks for.
 */
@Route("my-routes")
@PermitAll
class MyRoutesView extends Main implements HasDynamicTitle {

    private final transient PortfolioService portfolios;
    private final transient RouteService routes;

    MyRoutesView(PortfolioService portfolios, RouteService routes) {
        this.portfolios = portfolios;
        this.routes = routes;
        addClassName("view");
        setId("my-routes-view");
        render();
    }

    private void render() {
        removeAll();
        add(new ViewToolbar(getTranslation("routes.mine")));
        add(new Paragraph(getTranslation("routes.mine.intro")));
        var mine = portfolios.mine();
        if (mine.isEmpty()) {
            var none = new Paragraph(getTranslation("routes.mine.none"));
            none.setId("my-routes-none");
            add(none);
        } else {
            var list = new UnorderedList();
            list.setId("my-routes");
            list.addClassName("portfolio-list");
            mine.forEach(item -> list.add(new ListItem(item(item))));
            add(list);
        }
        Set<Long> following = mine.stream()
                .filter(item -> item.status() == PortfolioStatus.ACTIVE)
                .map(PortfolioListItem::routeId)
                .collect(Collectors.toSet());
        var joinable = routes.open().stream()
                .filter(route -> !following.contains(route.id()))
                .toList();
        if (!joinable.isEmpty()) {
            add(join(joinable));
        }
    }

    private Component item(PortfolioListItem item) {
        var open = new RouterLink(
                item.route(getLocale()),
                PortfolioView.class,
                new RouteParameters("portfolioId", String.valueOf(item.id())));
        open.setId("my-route-" + item.id());
        var card = new Div(open);
        card.add(new Paragraph(
                item.status() == PortfolioStatus.LEFT
                        ? getTranslation("routes.item.left", LondonTime.date(item.joinedOn(), getLocale()))
                        : getTranslation(
                                "routes.item",
                                LondonTime.date(item.joinedOn(), getLocale()),
                                LondonTime.date(item.deadline(), getLocale()),
                                item.signedOff(),
                                item.buckets())));
        card.addClassName("portfolio-item");
        return card;
    }

    private Component join(java.util.List<AccreditedRoute> joinable) {
        var section = new Section(new H2(getTranslation("routes.join.title")));
        var choice = new Select<AccreditedRoute>();
        choice.setLabel(getTranslation("routes.join.route"));
        choice.setItems(joinable);
        choice.setItemLabelGenerator(route -> route.name(getLocale()));
        choice.setId("routes-join-choice");
        var about = new Div();
        about.setId("routes-join-about");
        choice.addValueChangeListener(change -> {
            about.removeAll();
            if (change.getValue() != null) {
                about.add(describe(change.getValue()));
            }
        });
        var join = new Button(getTranslation("routes.join"), click -> {
            if (choice.getValue() == null) {
                choice.setInvalid(true);
                choice.setErrorMessage(getTranslation("form.error.required"));
                return;
            }
            try {
                long id = portfolios.join(choice.getValue().id());
                Notifications.success(
                        getTranslation("routes.joined", choice.getValue().name(getLocale())));
                getUI().ifPresent(ui -> ui.navigate("portfolios/" + id));
            } catch (InvalidInputException refused) {
                Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
                render();
            }
        });
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.setId("routes-join");
        var row = new Div(choice, join);
        row.addClassName("join-row");
        section.add(new Paragraph(getTranslation("routes.join.intro")), row, about);
        return section;
    }

    private Component describe(AccreditedRoute route) {
        var list = new UnorderedList();
        route.buckets()
                .forEach(bucket -> list.add(new ListItem(
                        getTranslation("routes.bucket.summary", bucket.name(getLocale()), bucket.hours()))));
        return new Div(
                new Paragraph(
                        getTranslation("routes.summary", route.awardingBody(), route.minMonths(), route.maxMonths())),
                list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("routes.mine") + " · " + getTranslation("app.name");
    }
}

package org.communityorganising.pathways.progression.routes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.communityorganising.pathways.base.ConcurrentChangeException;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.CsvDownload;
import org.communityorganising.pathways.base.ui.DurationText;
import org.communityorganising.pathways.base.ui.Fact;
import org.communityorganising.pathways.base.ui.FileDownload;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.RouteIds;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.progression.routes.BucketProgress;
import org.communityorganising.pathways.progression.routes.EvidenceItem;
import org.communityorganising.pathways.progression.routes.Portfolio;
import org.communityorganising.pathways.progression.routes.PortfolioService;
import org.communityorganising.pathways.progression.routes.PortfolioStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One portfolio on an accredited route: the time left, each bucket's hours (filled from the
 * register and from confirmed practice) with its sign-off, the evidence behind them, and the
 * evidence pack to download. The leader reads their own; a trainer or lead of their chapter signs
 * off buckets. A portfolio the reader may not see reads as "not found".
 */
@Route("portfolios/:portfolioId(\\d+)")
@PermitAll
class PortfolioView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PortfolioService portfolios;
    private @Nullable Portfolio shown;

    PortfolioView(PortfolioService portfolios) {
        this.portfolios = portfolios;
        addClassName("view");
        setId("portfolio-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var requested = RouteIds.id(event, "portfolioId");
        if (requested.isEmpty()) {
            return;
        }
        try {
            render(requested.getAsLong());
        } catch (InvalidInputException | AccessDeniedException notYours) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(long portfolioId) {
        var portfolio = portfolios.portfolio(portfolioId);
        shown = portfolio;
        var today = portfolios.today();
        removeAll();
        String route = portfolio.route().name(getLocale());
        add(new ViewToolbar(
                portfolio.own()
                        ? getTranslation("portfolio.title.own", route)
                        : getTranslation("portfolio.title", route, portfolio.personName())));
        add(
                portfolio.own()
                        ? new RouterLink(getTranslation("portfolio.back.own"), MyRoutesView.class)
                        : new RouterLink(getTranslation("portfolio.back"), PortfoliosView.class));

        var facts = new Div();
        facts.addClassName("facts");
        facts.add(new Fact(
                getTranslation("portfolio.awarding-body"), portfolio.route().awardingBody()));
        facts.add(new Fact(getTranslation("portfolio.joined"), LondonTime.date(portfolio.joinedOn(), getLocale())));
        facts.add(new Fact(
                getTranslation("portfolio.assessable-from"), LondonTime.date(portfolio.assessableFrom(), getLocale())));
        facts.add(new Fact(getTranslation("portfolio.deadline"), LondonTime.date(portfolio.deadline(), getLocale())));
        add(facts);
        add(countdown(portfolio, today));

        var buckets = new Section();
        buckets.addClassName("portfolio-buckets");
        buckets.add(new H2(getTranslation("portfolio.buckets")));
        buckets.add(new Paragraph(getTranslation("portfolio.rule")));
        portfolio.buckets().forEach(bucket -> buckets.add(bucket(portfolio, bucket)));
        add(buckets);

        var pack = new Section(new H2(getTranslation("portfolio.pack")));
        pack.add(new Paragraph(getTranslation("portfolio.pack.intro")));
        var pdf = FileDownload.link(
                getTranslation("portfolio.pack.pdf"),
                "evidence-pack-" + portfolioId + ".pdf",
                "application/pdf",
                () -> portfolios.evidencePdf(portfolioId));
        pdf.setId("portfolio-pdf");
        var csv = CsvDownload.link(
                getTranslation("portfolio.pack.csv"),
                "evidence-pack-" + portfolioId + ".csv",
                () -> portfolios.evidenceCsv(portfolioId));
        csv.setId("portfolio-csv");
        var links = new Div(pdf, csv);
        links.addClassName("credential-actions");
        pack.add(links);
        add(pack);

        add(evidence(portfolio));

        if (portfolio.own() && portfolio.status() == PortfolioStatus.ACTIVE) {
            var leave = new Button(getTranslation("portfolio.leave"), click -> confirmLeave(portfolio));
            leave.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            leave.setId("portfolio-leave");
            add(new Paragraph(leave));
        }
    }

    /** "143 days left", "the deadline has passed", or when the leader left: a sentence, not a colour. */
    private Component countdown(Portfolio portfolio, java.time.LocalDate today) {
        String text;
        if (portfolio.status() == PortfolioStatus.LEFT && portfolio.leftOn() != null) {
            text = getTranslation("portfolio.left-on", LondonTime.date(portfolio.leftOn(), getLocale()));
        } else if (portfolio.readyForAssessment(today)) {
            text = getTranslation("portfolio.ready");
        } else {
            long days = portfolio.daysLeft(today);
            text = days < 0
                    ? getTranslation("portfolio.deadline-passed")
                    : getTranslation("portfolio.days-left", days, LondonTime.date(portfolio.deadline(), getLocale()));
        }
        var countdown = new Paragraph(text);
        countdown.setId("portfolio-countdown");
        countdown.addClassName("portfolio-countdown");
        return countdown;
    }

    private Component bucket(Portfolio portfolio, BucketProgress progress) {
        var bucket = progress.bucket();
        var card = new Div();
        card.addClassName("portfolio-bucket");
        card.setId("bucket-" + bucket.position());
        String name = bucket.name(getLocale());
        card.add(new H3(name));
        String counted =
                getTranslation("portfolio.hours-of", DurationText.of(this, progress.minutes()), bucket.hours());
        var bar = new ProgressBar(0, 1, Math.min(1.0, progress.minutes() / (double) bucket.requiredMinutes()));
        bar.getElement().setAttribute("aria-label", name + ": " + counted);
        card.add(new Paragraph(counted), bar);
        card.add(new Paragraph(getTranslation("portfolio.filled-by", sources(progress))));
        var signOff = progress.signOff();
        if (signOff != null) {
            var signed = new Paragraph(getTranslation(
                    "portfolio.signed-off",
                    signOff.signedBy() == null ? getTranslation("portfolio.someone") : signOff.signedBy(),
                    LondonTime.date(LondonTime.of(signOff.signedAt()).toLocalDate(), getLocale()),
                    DurationText.of(this, signOff.minutes())));
            signed.addClassName("portfolio-signed");
            card.add(signed);
        } else if (portfolio.mayChange() && progress.met()) {
            var sign = new Button(getTranslation("portfolio.sign-off"), click -> signOff(portfolio, progress));
            sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            sign.setAriaLabel(getTranslation("portfolio.sign-off.label", name));
            sign.setId("bucket-sign-off-" + bucket.position());
            card.add(sign);
        } else {
            card.add(
                    new Paragraph(getTranslation(progress.met() ? "portfolio.waiting-sign-off" : "portfolio.not-met")));
        }
        return card;
    }

    private String sources(BucketProgress progress) {
        List<String> sources = new ArrayList<>();
        if (progress.bucket().countsTraining()) {
            sources.add(getTranslation("portfolio.source.sessions"));
        }
        progress.bucket().practiceKinds().forEach(kind -> sources.add(getTranslation(kind.translationKey())));
        return String.join(", ", sources);
    }

    private Component evidence(Portfolio portfolio) {
        var section = new Section(new H2(getTranslation("portfolio.evidence")));
        if (portfolio.items().isEmpty()) {
            var none = new Paragraph(getTranslation("portfolio.evidence.none"));
            none.setId("portfolio-evidence-none");
            section.add(none);
            return section;
        }
        var grid = new Grid<EvidenceItem>();
        grid.setId("portfolio-evidence");
        grid.setAriaLabel(getTranslation("portfolio.evidence"));
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(item -> LondonTime.date(item.on(), getLocale()))
                .setHeader(getTranslation("evidence.column.date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> {
                    var bucket = portfolio.bucket(item.bucketId());
                    String what = item.session() != null
                            ? item.sessionLabel(getLocale())
                            : item.practice() == null
                                    ? ""
                                    : getTranslation(item.practice().translationKey());
                    return bucket == null
                            ? what
                            : what + " · " + bucket.bucket().name(getLocale());
                })
                .setHeader(getTranslation("evidence.column.activity"))
                .setFlexGrow(1);
        grid.addColumn(item -> DurationText.of(this, item.minutes()))
                .setHeader(getTranslation("evidence.column.hours"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(portfolio.items());
        grid.setAllRowsVisible(portfolio.items().size() <= 20);
        section.add(grid);
        return section;
    }

    private void signOff(Portfolio portfolio, BucketProgress progress) {
        try {
            portfolios.signOff(portfolio.id(), progress.bucket().id());
            Notifications.success(
                    getTranslation("portfolio.signed", progress.bucket().name(getLocale())));
        } catch (InvalidInputException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
        } catch (AccessDeniedException changed) {
            // The leader left the route, or the reader's roles changed, since the page was drawn.
            Notifications.error(getTranslation("form.error.denied"));
        }
        render(portfolio.id());
    }

    private void confirmLeave(Portfolio portfolio) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation(
                "portfolio.leave.confirm.title", portfolio.route().name(getLocale())));
        confirm.setText(getTranslation("portfolio.leave.confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.setConfirmText(getTranslation("portfolio.leave"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                portfolios.leave(portfolio.id(), portfolio.version());
                Notifications.success(getTranslation("portfolio.left"));
            } catch (ConcurrentChangeException | InvalidInputException changed) {
                Notifications.error(getTranslation("form.error.concurrent"));
            }
            render(portfolio.id());
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return (shown == null ? getTranslation("portfolio.pack") : shown.route().name(getLocale())) + " · "
                + getTranslation("app.name");
    }
}

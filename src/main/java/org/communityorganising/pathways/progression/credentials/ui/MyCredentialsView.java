package org.communityorganising.pathways.progression.credentials.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.CopyButton;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.mail.PublicAddress;
import org.communityorganising.pathways.progression.credentials.CredentialService;
import org.communityorganising.pathways.progression.credentials.MyCredential;

/**
 * "My credentials": one card per tier granted, with the signed credential to download and a link
 * anyone can open to check it.
 */
@Route("my-credentials")
@PermitAll
class MyCredentialsView extends Main implements HasDynamicTitle {

    MyCredentialsView(CredentialService credentials, PublicAddress address) {
        addClassName("view");
        setId("my-credentials-view");
        add(new ViewToolbar(getTranslation("credentials.mine")));
        add(new Paragraph(getTranslation("credentials.mine.intro")));
        var mine = credentials.mine();
        if (mine.isEmpty()) {
            var none = new Paragraph(getTranslation("credentials.mine.none"));
            none.setId("my-credentials-none");
            add(none);
            return;
        }
        for (var credential : mine) {
            add(card(credential, credentials, address.of("/credentials/" + credential.id())));
        }
    }

    private Div card(MyCredential credential, CredentialService credentials, String link) {
        var card = new Div();
        card.addClassName("credential-card");
        card.setId("credential-" + credential.tierRank());
        String tier = credential.tier(getLocale());
        card.add(new H2(tier));
        var status = new Span(getTranslation(
                "credentials.status." + credential.status().name().toLowerCase(java.util.Locale.ROOT)));
        status.addClassNames(
                "badge", "credential-status-" + credential.status().name().toLowerCase(java.util.Locale.ROOT));
        card.add(new Paragraph(
                new Span(getTranslation(
                                "credentials.issued",
                                LondonTime.date(
                                        LondonTime.of(credential.issuedAt()).toLocalDate(), getLocale()))
                        + " "),
                status));
        var id = credential.id();
        var download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = credentials.download(id).getBytes(StandardCharsets.US_ASCII);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "credential-" + id + ".jwt",
                            "application/jwt",
                            bytes.length);
                }),
                getTranslation("credentials.download"));
        download.getElement().setAttribute("download", true);
        download.setId("credential-download-" + credential.tierRank());
        var certificate = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = credentials.certificate(id);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "certificate-" + id + ".pdf",
                            "application/pdf",
                            bytes.length);
                }),
                getTranslation("credentials.certificate"));
        certificate.getElement().setAttribute("download", true);
        certificate.setId("credential-certificate-" + credential.tierRank());
        var share = new TextField(getTranslation("credentials.share"));
        share.setValue(link);
        share.setReadOnly(true);
        share.setWidthFull();
        share.setId("credential-link-" + credential.tierRank());
        var open = new Anchor(link, getTranslation("credentials.open"));
        var actions = new Div(new CopyButton(share, "credentials.copied"), open, download);
        if (credential.status() == org.communityorganising.pathways.progression.credentials.CredentialStatus.ACTIVE) {
            actions.add(certificate);
        }
        actions.addClassName("credential-actions");
        card.add(share, actions);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("credentials.mine") + " · " + getTranslation("app.name");
    }
}

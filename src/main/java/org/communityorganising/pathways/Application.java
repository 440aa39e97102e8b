package org.communityorganising.pathways;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.communityorganising.pathways.shell.MainLayout;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
// Modulith's @ApplicationModuleListener methods run after the commit on their own thread.
@EnableAsync
// What every page loads before it draws is the layout's (a layout is loaded up front anyway), and
// no route's: by default Vaadin adds the home's, whose apologies dialog and fields only some
// visits open (decision 0030). Each route's own modules come with it, preloaded (decision 0026).
@LoadDependenciesOnStartup(MainLayout.class)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/pathways.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** Time comes from here, so that rules about windows and lockouts can be tested. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}

package org.communityorganising.pathways.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.router.Menu;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/** An icon named but not drawn would show as an empty square: every name must be in the sprite. */
class IconsTest {

    private static Set<String> drawn() throws IOException {
        String sprite = Files.readString(Path.of("frontend/icons/pathways.svg"));
        return Pattern.compile("<symbol id=\"([^\"]+)\"")
                .matcher(sprite)
                .results()
                .map(match -> match.group(1))
                .collect(Collectors.toSet());
    }

    @Test
    void everyIconOfTheCodeIsDrawnInTheSprite() throws IOException {
        assertThat(drawn())
                .containsAll(Arrays.stream(Icons.values()).map(Icons::symbolId).toList());
    }

    @Test
    void anInlineIconPutsOnlyASymbolsNameIntoItsHtml() throws IOException {
        assertThat(drawn()).as("the drawer toggle's icon").contains("menu");
        assertThat(Icons.inline("menu").getElement().getProperty("innerHTML"))
                .isEqualTo(
                        "<svg aria-hidden=\"true\" focusable=\"false\"><use href=\"icons/pathways.svg#menu\"></use></svg>");
        assertThatThrownBy(() -> Icons.inline("x\"><img src=x onerror=alert(1)>"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyMenuEntrysIconIsDrawnInTheSprite() throws IOException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        var icons = scanner.findCandidateComponents("org.communityorganising.pathways").stream()
                .map(candidate -> ClassUtils.resolveClassName(
                                candidate.getBeanClassName(), getClass().getClassLoader())
                        .getAnnotation(Menu.class)
                        .icon())
                .filter(icon -> !icon.isEmpty())
                .collect(Collectors.toSet());
        assertThat(icons).as("menu entries with an icon").hasSizeGreaterThan(10);
        assertThat(drawn()).containsAll(icons);
    }
}

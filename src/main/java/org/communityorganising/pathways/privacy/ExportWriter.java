package org.communityorganising.pathways.privacy;

import com.vaadin.flow.i18n.I18NProvider;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an export as machine-readable JSON (keys in English, for any program) and as a page a
 * person can read, in their language. Every value is escaped: names and remarks are typed by people.
 */
@Component
class ExportWriter {

    private final I18NProvider i18n;
    private final JsonMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    ExportWriter(I18NProvider i18n) {
        this.i18n = i18n;
    }

    byte[] json(PersonalDataExport export) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("personId", export.personId());
        document.put("generatedAt", export.generatedAt().toString());
        Map<String, Object> modules = new LinkedHashMap<>();
        for (var part : export.parts()) {
            Map<String, Object> sections = new LinkedHashMap<>();
            for (var section : part.sections()) {
                List<Map<String, String>> rows = section.rows().stream()
                        .map(row -> {
                            Map<String, String> record = new LinkedHashMap<>();
                            for (int column = 0; column < section.columnKeys().size(); column++) {
                                record.put(
                                        section.columnKeys().get(column).replaceFirst("^data\\.", ""), row.get(column));
                            }
                            return record;
                        })
                        .toList();
                sections.put(section.titleKey().replaceFirst("^data\\.", ""), rows);
            }
            modules.put(part.module(), sections);
        }
        document.put("modules", modules);
        return json.writeValueAsBytes(document);
    }

    byte[] html(PersonalDataExport export) {
        Locale locale = Locale.forLanguageTag(export.language());
        var page = new StringBuilder();
        page.append("<!doctype html>\n<html lang=\"")
                .append(escape(export.language()))
                .append("\">\n<head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>")
                .append(text("data.title", locale))
                .append("</title>")
                .append("<style>body{font-family:sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}")
                .append(
                        "table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}th,td{border:1px solid #999;padding:.3rem;text-align:left}")
                .append(
                        "caption{text-align:left;font-weight:bold;padding:.3rem 0}</style></head>\n<body>\n<main>\n<h1>")
                .append(text("data.title", locale))
                .append("</h1>\n<p>")
                .append(escape(i18n.getTranslation(
                        "data.generated", locale, export.generatedAt().toString())))
                .append("</p>\n");
        for (var part : export.parts()) {
            for (var section : part.sections()) {
                page.append("<table>\n<caption>")
                        .append(text(section.titleKey(), locale))
                        .append("</caption>\n<thead><tr>");
                section.columnKeys()
                        .forEach(column -> page.append("<th scope=\"col\">")
                                .append(text(column, locale))
                                .append("</th>"));
                page.append("</tr></thead>\n<tbody>\n");
                if (section.rows().isEmpty()) {
                    page.append("<tr><td colspan=\"")
                            .append(section.columnKeys().size())
                            .append("\">")
                            .append(text("data.none", locale))
                            .append("</td></tr>\n");
                }
                for (var row : section.rows()) {
                    page.append("<tr>");
                    row.forEach(
                            value -> page.append("<td>").append(escape(value)).append("</td>"));
                    page.append("</tr>\n");
                }
                page.append("</tbody>\n</table>\n");
            }
        }
        page.append("</main>\n</body>\n</html>\n");
        return page.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String text(String key, Locale locale) {
        return escape(i18n.getTranslation(key, locale));
    }

    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value, StandardCharsets.UTF_8.name());
    }
}

package dev.platter.notification.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Message templates, one file per template and language: {@code notification-templates/<template>/<lang>.tmpl}. A
 * file starts with {@code subject:} and {@code short:} lines, then optional {@code === text} and {@code === html}
 * sections for mails. {@code {{name}}} is replaced by the variable's value (HTML-escaped in the HTML part). The
 * recipient's locale picks the file: {@code hi-IN} tries {@code hi-IN}, then {@code hi}, then the default language.
 */
@Component
public class Templates {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{([a-zA-Z]+)}}");
    private static final String TEXT = "=== text";
    private static final String HTML = "=== html";

    private final Map<String, Optional<Template>> cache = new ConcurrentHashMap<>();

    /** A parsed template file. */
    record Template(String subject, String shortText, @Nullable String text, @Nullable String html) {}

    public Rendered render(String template, @Nullable String locale, String defaultLocale, Map<String, String> vars) {
        var parsed = find(template, locale)
                .or(() -> find(template, defaultLocale))
                .orElseThrow(() -> new IllegalStateException("No template " + template + " for " + defaultLocale));
        return new Rendered(
                fill(parsed.subject(), vars, false),
                fill(parsed.shortText(), vars, false),
                parsed.text() == null ? null : fill(parsed.text(), vars, false),
                parsed.html() == null ? null : fill(parsed.html(), vars, true));
    }

    private Optional<Template> find(String template, @Nullable String locale) {
        if (locale == null || locale.isBlank()) {
            return Optional.empty();
        }
        var tag = Locale.forLanguageTag(locale);
        return load(template, tag.toLanguageTag()).or(() -> load(template, tag.getLanguage()));
    }

    private Optional<Template> load(String template, String language) {
        return cache.computeIfAbsent(template + "/" + language, key -> {
            var resource = new ClassPathResource("notification-templates/" + key + ".tmpl");
            if (!resource.exists()) {
                return Optional.empty();
            }
            try (var in = resource.getInputStream()) {
                return Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static Template parse(String file) {
        String subject = null;
        String shortText = null;
        StringBuilder text = null;
        StringBuilder html = null;
        StringBuilder current = null;
        for (var line : file.split("\n", -1)) {
            if (line.equals(TEXT)) {
                current = text = new StringBuilder();
            } else if (line.equals(HTML)) {
                current = html = new StringBuilder();
            } else if (current != null) {
                current.append(line).append('\n');
            } else if (line.startsWith("subject:")) {
                subject = line.substring("subject:".length()).strip();
            } else if (line.startsWith("short:")) {
                shortText = line.substring("short:".length()).strip();
            }
        }
        if (subject == null || shortText == null) {
            throw new IllegalStateException("A template needs a subject: and a short: line");
        }
        return new Template(
                subject,
                shortText,
                text == null ? null : text.toString().strip() + "\n",
                html == null ? null : html.toString().strip() + "\n");
    }

    static String fill(String template, Map<String, String> vars, boolean html) {
        Matcher matcher = VARIABLE.matcher(template);
        var out = new StringBuilder();
        while (matcher.find()) {
            var value = vars.getOrDefault(matcher.group(1), "");
            matcher.appendReplacement(out, Matcher.quoteReplacement(html ? HtmlUtils.htmlEscape(value) : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}

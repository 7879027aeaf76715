package dev.platter.notification.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class TemplatesTest {

    private final Templates templates = new Templates();

    /** The rows of the rules table, as the migration seeds it: template name and channels. */
    private static Map<String, String> rules() throws IOException {
        var sql =
                new ClassPathResource("db/migration/V2__notifications.sql").getContentAsString(StandardCharsets.UTF_8);
        var row = Pattern.compile("\\('(\\w+)',\\s+'(\\w+)',\\s+'\\{([A-Z_,]+)}',\\s+'([a-z-]+)'\\)");
        var rules = new java.util.HashMap<String, String>();
        var matcher = row.matcher(sql);
        while (matcher.find()) {
            rules.merge(matcher.group(4), matcher.group(3), (a, b) -> a + "," + b);
        }
        return rules;
    }

    @Test
    void everyTemplateARuleNamesExistsInTheDefaultLanguageWithMailBodiesWhereItMails() throws IOException {
        var rules = rules();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(15);
        rules.forEach((template, channels) -> {
            var rendered = templates.render(template, null, "en", Map.of("orderRef", "#0195A1B2"));
            assertThat(rendered.subject()).as(template).isNotBlank().doesNotContain("{{");
            assertThat(rendered.shortText()).as(template).isNotBlank().doesNotContain("{{");
            if (channels.contains("EMAIL")) {
                assertThat(rendered.text()).as(template + " text").isNotBlank();
                assertThat(rendered.html()).as(template + " html").contains("<p>");
            }
        });
    }

    @Test
    void picksTheRecipientsLanguageThenFallsBackToTheDefault() {
        var vars = Map.of("restaurantName", "Spice Garden", "orderRef", "#1", "total", "INR 573.00", "name", "Asha");
        assertThat(templates.render("order-placed", "hi-IN", "en", vars).subject())
                .isEqualTo("ऑर्डर #1 Spice Garden को भेजा गया");
        assertThat(templates.render("order-placed", "hi", "en", vars).subject()).startsWith("ऑर्डर");
        assertThat(templates.render("order-placed", "ta-IN", "en", vars).subject())
                .isEqualTo("Order #1 placed with Spice Garden");
        assertThat(templates.render("order-placed", "not a locale!", "en", vars).subject())
                .isEqualTo("Order #1 placed with Spice Garden");
    }

    @Test
    void escapesValuesInHtmlButNotInText() {
        var rendered = templates.render("welcome", "en", "en", Map.of("name", "<script>alert('x')</script> & Co"));
        assertThat(rendered.html()).contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(rendered.text()).contains("<script>alert('x')</script> & Co");
    }

    @Test
    void parsesSectionsAndRefusesAFileWithoutSubject() {
        var parsed = Templates.parse("subject: S {{a}}\nshort: T\n=== text\nline\n=== html\n<p>h</p>\n");
        assertThat(parsed.subject()).isEqualTo("S {{a}}");
        assertThat(parsed.text()).isEqualTo("line\n");
        assertThat(parsed.html()).isEqualTo("<p>h</p>\n");
        assertThat(Templates.parse("subject: S\nshort: T\n").text()).isNull();
        assertThatThrownBy(() -> Templates.parse("short: T\n")).isInstanceOf(IllegalStateException.class);
        assertThat(Templates.fill("{{a}}-{{missing}}-$1", Map.of("a", "$x\\"), false))
                .isEqualTo("$x\\--$1");
    }
}

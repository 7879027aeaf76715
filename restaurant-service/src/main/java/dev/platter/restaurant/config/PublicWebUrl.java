package dev.platter.restaurant.config;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.IDN;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An http(s) URL on a public host: clients (and any service that ever fetches it) must not be pointed at loopback,
 * private, link-local or otherwise internal addresses. Host names are judged by their form, not resolved.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PublicWebUrl.Validator.class)
public @interface PublicWebUrl {

    String message() default "must be an http(s) URL on a public host";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the URL's scheme and host. */
    class Validator implements ConstraintValidator<PublicWebUrl, String> {

        private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isPublicWebUrl(value);
        }

        public static boolean isPublicWebUrl(String value) {
            URI uri;
            try {
                uri = new URI(value);
            } catch (URISyntaxException e) {
                return false;
            }
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getRawUserInfo() != null) {
                return false;
            }
            var host = uri.getHost();
            if (host == null || host.isBlank()) {
                return false;
            }
            host = host.toLowerCase(Locale.ROOT);
            if (host.endsWith(".")) {
                host = host.substring(0, host.length() - 1);
            }
            if (host.startsWith("[") && host.endsWith("]")) {
                return isPublicAddress(host.substring(1, host.length() - 1));
            }
            if (IPV4.matcher(host).matches()) {
                return isPublicAddress(host);
            }
            if (host.matches("[0-9x.]+")) {
                return false; // other numeric spellings of an address (octal, hex, dotless)
            }
            var ascii = IDN.toASCII(host);
            return ascii.contains(".")
                    && !ascii.equals("localhost")
                    && !ascii.endsWith(".localhost")
                    && !ascii.endsWith(".local")
                    && !ascii.endsWith(".internal")
                    && !ascii.endsWith(".lan")
                    && !ascii.endsWith(".home.arpa");
        }

        private static boolean isPublicAddress(String literal) {
            InetAddress address;
            try {
                address = InetAddress.getByName(literal); // a literal: parsed, never looked up
            } catch (UnknownHostException e) {
                return false;
            }
            if (address.isAnyLocalAddress()
                    || address.isLoopbackAddress()
                    || address.isLinkLocalAddress()
                    || address.isSiteLocalAddress()
                    || address.isMulticastAddress()) {
                return false;
            }
            var bytes = address.getAddress();
            if (address instanceof Inet4Address) {
                int first = bytes[0] & 0xff;
                int second = bytes[1] & 0xff;
                return first != 0 && !(first == 100 && second >= 64 && second <= 127) && first < 224;
            }
            if (address instanceof Inet6Address) {
                return (bytes[0] & 0xfe) != 0xfc; // unique local fc00::/7
            }
            return true;
        }
    }
}

package dev.rolecall.text;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps credentials out of everything rolecall prints, logs or stores.
 *
 * <ul>
 *   <li>{@link #url(String)}: a URL with its userinfo ({@code user:sk-…@}) and the values of
 *       credential-like query parameters ({@code key}, {@code api-key}, {@code api_key},
 *       {@code token}, {@code access_token}, {@code sig}, {@code password}, …) replaced by
 *       {@code ***}. This is the form of a URL that is shown, written to transcripts and compared.
 *   <li>{@link #text(String)}: any free text (an error line, a stack trace, a reply) with every URL
 *       in it redacted and every secret this process has seen ({@link #secret(String)}) replaced.
 * </ul>
 *
 * Secrets are registered as they are read (the API key from the environment, credentials found in
 * a base URL), so a server that echoes them back in an error body or a reply cannot get them onto
 * the terminal or into a file either.
 */
public final class Redact {
    private Redact() {}

    /** What a secret is replaced with. */
    public static final String MASK = "***";

    /** Shorter values are not treated as secrets: a placeholder key like {@code x} would mangle ordinary words. */
    static final int MIN_SECRET = 6;

    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    /**
     * Query parameter names whose value is a credential: exact names, or names ending in one of
     * these words after a separator ({@code subscription-key}, {@code x-api-key}, {@code client_secret}).
     */
    private static final Pattern CREDENTIAL_PARAM = Pattern.compile(
            "(?i)(?:.*[-_.])?(?:key|apikey|api[-_]?key|token|access[-_]?token|refresh[-_]?token|id[-_]?token|secret"
                    + "|password|passwd|pwd|pass|sig|signature|auth|authorization|credential|credentials|session"
                    + "|sessionid|code|jwt|bearer)");

    /** scheme://authority… where authority may hold userinfo; stops at whitespace and quotes. */
    private static final Pattern URL_IN_TEXT = Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]*://[^\\s\"'<>`]+");

    /** Registers a secret seen by this process (null, blank and very short values are ignored). */
    public static void secret(String value) {
        if (value == null) {
            return;
        }
        String v = value.strip();
        if (v.length() >= MIN_SECRET && !v.equals(MASK)) {
            SECRETS.add(v);
        }
    }

    /** Registers the credentials a URL carries (its userinfo and credential query values). */
    public static void secretsOf(String url) {
        if (url == null) {
            return;
        }
        Parts p = Parts.of(url);
        if (p.userinfo != null) {
            secret(p.userinfo);
            secret(decode(p.userinfo));
            for (String part : p.userinfo.split(":", -1)) {
                secret(part);
                secret(decode(part));
            }
        }
        forEachCredentialValue(p.query, v -> {
            secret(v);
            secret(decode(v));
        });
        forEachCredentialValue(p.fragment, v -> {
            secret(v);
            secret(decode(v));
        });
    }

    /** True when the URL carries userinfo (which the HTTP client drops anyway) or credential query parameters. */
    public static boolean hasCredentials(String url) {
        return url != null && !url(url).equals(url);
    }

    /** True when the URL carries {@code user:password@}. */
    public static boolean hasUserinfo(String url) {
        return url != null && Parts.of(url).userinfo != null;
    }

    /**
     * The URL without userinfo and with credential-like query values masked:
     * {@code https://u:sk-1@host/v1?api-key=sk-2&api-version=1} → {@code https://***@host/v1?api-key=***&api-version=1}.
     * Null stays null; a string that is not a URL is returned with its registered secrets masked.
     */
    public static String url(String url) {
        if (url == null) {
            return null;
        }
        Parts p = Parts.of(url);
        if (p.scheme == null) {
            return secrets(url);
        }
        StringBuilder sb = new StringBuilder(p.scheme).append("://");
        if (p.userinfo != null) {
            sb.append(MASK).append('@');
        }
        sb.append(p.hostAndPath);
        if (p.query != null) {
            sb.append('?').append(maskParams(p.query));
        }
        if (p.fragment != null) {
            sb.append('#').append(maskParams(p.fragment));
        }
        return secrets(sb.toString());
    }

    /** The URL with its userinfo removed (the JDK HTTP client would drop it silently anyway). */
    public static String withoutUserinfo(String url) {
        Parts p = Parts.of(url);
        if (p.scheme == null || p.userinfo == null) {
            return url;
        }
        return p.scheme + "://" + p.hostAndPath + (p.query == null ? "" : "?" + p.query)
                + (p.fragment == null ? "" : "#" + p.fragment);
    }

    /** Free text with every URL in it redacted and every registered secret masked. */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        if (out.contains("://")) {
            Matcher m = URL_IN_TEXT.matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                // punctuation right after a URL ("URL: 401", "(URL)", "URL.") is the sentence's, not the URL's
                String found = m.group();
                int end = found.length();
                while (end > 0 && ".,;:!?)]}'\u3002\uff0c\uff1b\uff1a\uff09".indexOf(found.charAt(end - 1)) >= 0) {
                    end--;
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(url(found.substring(0, end)) + found.substring(end)));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        return secrets(out);
    }

    /** The text with every registered secret masked. */
    public static String secrets(String text) {
        if (text == null || text.isEmpty() || SECRETS.isEmpty()) {
            return text;
        }
        String out = text;
        // longest first, so a secret that contains another is masked whole
        for (String s : SECRETS.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            if (out.contains(s)) {
                out = out.replace(s, MASK);
            }
        }
        return out;
    }

    private static String maskParams(String query) {
        StringBuilder sb = new StringBuilder();
        for (String pair : query.split("&", -1)) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (eq >= 0 && isCredentialName(name)) {
                sb.append(name).append('=').append(MASK);
            } else {
                sb.append(pair);
            }
        }
        return sb.toString();
    }

    private static void forEachCredentialValue(String query, java.util.function.Consumer<String> sink) {
        if (query == null) {
            return;
        }
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            if (eq >= 0 && isCredentialName(pair.substring(0, eq))) {
                sink.accept(pair.substring(eq + 1));
            }
        }
    }

    static boolean isCredentialName(String name) {
        return CREDENTIAL_PARAM.matcher(decode(name).strip()).matches();
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** A URL split without java.net.URI, which rejects many strings users paste. */
    private static final class Parts {
        String scheme;
        String userinfo;
        String hostAndPath;
        String query;
        String fragment;

        static Parts of(String url) {
            Parts p = new Parts();
            int sep = url.indexOf("://");
            if (sep <= 0 || !url.substring(0, sep).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
                return p;
            }
            p.scheme = url.substring(0, sep);
            String rest = url.substring(sep + 3);
            int hash = rest.indexOf('#');
            if (hash >= 0) {
                p.fragment = rest.substring(hash + 1);
                rest = rest.substring(0, hash);
            }
            int q = rest.indexOf('?');
            if (q >= 0) {
                p.query = rest.substring(q + 1);
                rest = rest.substring(0, q);
            }
            int slash = rest.indexOf('/');
            String authority = slash < 0 ? rest : rest.substring(0, slash);
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                p.userinfo = authority.substring(0, at);
                rest = rest.substring(at + 1);
            }
            p.hostAndPath = rest;
            return p;
        }
    }
}
